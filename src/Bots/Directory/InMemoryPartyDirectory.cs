using Conversational.Bots.Conversations;
using Conversational.Wallet;

namespace Conversational.Bots.Directory;

/// <summary>The directory in process memory, for a local run and tests; one lock keeps its indexes consistent.</summary>
public sealed class InMemoryPartyDirectory : IPartyDirectory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<AccountId, Party> _parties = [];
    private readonly Dictionary<string, AccountId> _handles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AccountId> _phones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccountId> _identities = new(StringComparer.Ordinal);
    private readonly Dictionary<AccountId, List<ChannelIdentity>> _identitiesOf = [];

    public Task<Party> GetOrCreatePersonAsync(
        ChannelIdentity identity, string? handle, string displayName, string? phoneNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        lock (_lock)
        {
            if (_identities.TryGetValue(identity.Key, out var known))
            {
                return Task.FromResult(_parties[known]);
            }
            var account = PersonIds.New();
            var freeHandle = handle is not null && !_handles.ContainsKey(handle) ? handle.ToLowerInvariant() : null;
            var person = new Party(account, freeHandle, displayName);
            _parties[account] = person;
            if (freeHandle is not null)
            {
                _handles[freeHandle] = account;
            }
            if (phoneNumber is not null)
            {
                _phones.TryAdd(phoneNumber, account);
            }
            Bind(identity, account);
            return Task.FromResult(person);
        }
    }

    public Task<Party?> FindByIdentityAsync(ChannelIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        lock (_lock)
        {
            return Task.FromResult(_identities.TryGetValue(identity.Key, out var id) ? _parties[id] : null);
        }
    }

    public Task<Party?> FindByHandleAsync(string handle, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_handles.TryGetValue(handle, out var id) ? _parties[id] : null);
        }
    }

    public Task<Party?> FindByPhoneAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_phones.TryGetValue(phoneNumber, out var id) ? _parties[id] : null);
        }
    }

    public Task<Party?> FindByAccountAsync(AccountId account, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_parties.GetValueOrDefault(account));
        }
    }

    public Task<IReadOnlyList<ChannelIdentity>> IdentitiesOfAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<ChannelIdentity> identities = _identitiesOf.TryGetValue(person, out var list) ? [.. list] : [];
            return Task.FromResult(identities);
        }
    }

    public Task<bool> RegisterAsync(Party party, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        lock (_lock)
        {
            if (party.Handle is not null && _handles.TryGetValue(party.Handle, out var owner) && owner != party.Account)
            {
                return Task.FromResult(false);
            }
            if (_parties.TryGetValue(party.Account, out var old) && old.Handle is not null)
            {
                _handles.Remove(old.Handle);
            }
            _parties[party.Account] = party with { Handle = party.Handle?.ToLowerInvariant() };
            if (party.Handle is not null)
            {
                _handles[party.Handle] = party.Account;
            }
            return Task.FromResult(true);
        }
    }

    public Task BindIdentityAsync(ChannelIdentity identity, AccountId person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        lock (_lock)
        {
            if (!_parties.ContainsKey(person))
            {
                throw new InvalidOperationException($"No party {person} to bind {identity} to.");
            }
            if (!_identities.ContainsKey(identity.Key))
            {
                Bind(identity, person);
            }
            return Task.CompletedTask;
        }
    }

    public Task ForgetPersonAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_parties.TryGetValue(person, out var party))
            {
                return Task.CompletedTask;
            }
            if (party.Handle is not null && _handles.GetValueOrDefault(party.Handle) == person)
            {
                _handles.Remove(party.Handle);
            }
            foreach (var identity in _identitiesOf.GetValueOrDefault(person) ?? [])
            {
                _identities.Remove(identity.Key);
                if (identity.PhoneNumber is { } phone && _phones.GetValueOrDefault(phone) == person)
                {
                    _phones.Remove(phone);
                }
            }
            _identitiesOf.Remove(person);
            _parties[person] = new Party(person, null, Party.ForgottenName);
            return Task.CompletedTask;
        }
    }

    private void Bind(ChannelIdentity identity, AccountId account)
    {
        _identities[identity.Key] = account;
        if (!_identitiesOf.TryGetValue(account, out var list))
        {
            _identitiesOf[account] = list = [];
        }
        list.Add(identity);
    }
}
