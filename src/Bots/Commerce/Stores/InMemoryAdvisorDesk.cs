using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Conversations;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>The advisor desk in process memory, for a local run and tests; one lock keeps one open case per person.</summary>
public sealed class InMemoryAdvisorDesk : IAdvisorDesk
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, AdvisorCase> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<AccountId, string> _openByPerson = [];

    public Task<AdvisorCase> OpenAsync(AdvisorCase newCase, CancellationToken cancellationToken = default)
    {
        StoreRules.CheckOpening(newCase);
        lock (_lock)
        {
            if (_openByPerson.TryGetValue(newCase.Person, out var openId))
            {
                return Task.FromResult(_cases[openId]);
            }
            if (_cases.TryGetValue(newCase.Id, out var existing))
            {
                return Task.FromResult(existing);
            }
            _cases[newCase.Id] = newCase;
            _openByPerson[newCase.Person] = newCase.Id;
            return Task.FromResult(newCase);
        }
    }

    public Task<AdvisorCase?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_cases.GetValueOrDefault(id));
        }
    }

    public Task<AdvisorCase?> FindOpenAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_openByPerson.TryGetValue(person, out var id) ? _cases[id] : null);
        }
    }

    public Task<IReadOnlyList<AdvisorCase>> ListOpenAsync(string merchant, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AdvisorCase>>(
                [.. _cases.Values.Where(c => c.IsOpen && c.Merchant == merchant).Order(StoreRules.OldestFirst)]);
        }
    }

    public Task<AdvisorCase?> AppendAsync(string id, AdvisorMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            if (!_cases.TryGetValue(id, out var stored) || !stored.IsOpen)
            {
                return Task.FromResult<AdvisorCase?>(null);
            }
            var after = stored with { Messages = [.. stored.Messages, message] };
            _cases[id] = after;
            return Task.FromResult<AdvisorCase?>(after);
        }
    }

    public Task<AdvisorCase?> CloseAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_cases.TryGetValue(id, out var stored))
            {
                return Task.FromResult<AdvisorCase?>(null);
            }
            if (!stored.IsOpen)
            {
                return Task.FromResult<AdvisorCase?>(stored);
            }
            var after = stored with { ClosedAt = at };
            _cases[id] = after;
            _openByPerson.Remove(stored.Person);
            return Task.FromResult<AdvisorCase?>(after);
        }
    }

    public Task<int> ForgetPersonAsync(AccountId person, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var changed = 0;
            foreach (var stored in _cases.Values.Where(c => c.Person == person).ToList())
            {
                if (Forget(stored, at) is { } after)
                {
                    _cases[stored.Id] = after;
                    changed++;
                }
            }
            _openByPerson.Remove(person);
            return Task.FromResult(changed);
        }
    }

    /// <summary>
    /// The case without what identifies its person (channel ("deleted", id), the person's texts "[deleted]"), closed at
    /// <paramref name="at"/> if it was open; null when it is that already (as <see cref="RedisAdvisorDesk"/> decides).
    /// </summary>
    private static AdvisorCase? Forget(AdvisorCase stored, DateTimeOffset at)
    {
        var channel = new ChannelIdentity("deleted", stored.Id);
        if (!stored.IsOpen && stored.Channel == channel && stored.Messages.All(m => m.FromAdvisor || m.Text == StoreRules.Deleted))
        {
            return null;
        }
        return stored with
        {
            Channel = channel,
            Messages = [.. stored.Messages.Select(m => m.FromAdvisor ? m : m with { Text = StoreRules.Deleted })],
            ClosedAt = stored.ClosedAt ?? at,
        };
    }
}
