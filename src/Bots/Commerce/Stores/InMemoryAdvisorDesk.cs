using Conversational.Bots.Commerce.Advisors;
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
}
