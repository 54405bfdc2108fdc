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
    private readonly Dictionary<string, (int Count, DateTimeOffset Until)> _linkCodes = new(StringComparer.Ordinal);

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

    public Task<JoinOutcome> JoinAsync(
        AccountId into, AccountId? from, IReadOnlyList<ChannelIdentity> identities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identities);
        lock (_lock)
        {
            if (!_parties.TryGetValue(into, out var survivor) || (from is { } f && !_parties.ContainsKey(f)))
            {
                return Task.FromResult(JoinOutcome.NoParty);
            }
            foreach (var identity in identities)
            {
                var owner = _identities.TryGetValue(identity.Key, out var bound) ? bound : (AccountId?)null;
                if (owner != from)
                {
                    return Task.FromResult(JoinOutcome.Changed);
                }
            }
            if (from is not { } absorbed)
            {
                foreach (var identity in identities)
                {
                    Bind(identity, into);
                    if (identity.PhoneNumber is { } phone)
                    {
                        _phones.TryAdd(phone, into);
                    }
                }
                return Task.FromResult(JoinOutcome.Joined);
            }
            foreach (var identity in _identitiesOf.GetValueOrDefault(absorbed) ?? [])
            {
                Bind(identity, into);
                if (identity.PhoneNumber is { } phone && (!_phones.TryGetValue(phone, out var had) || had == absorbed))
                {
                    _phones[phone] = into;
                }
            }
            _identitiesOf.Remove(absorbed);
            var joined = _parties[absorbed];
            if (joined.Handle is { } handle && _handles.GetValueOrDefault(handle) == absorbed)
            {
                _handles.Remove(handle);
                if (survivor.Handle is null)
                {
                    _handles[handle] = into;
                    _parties[into] = survivor with { Handle = handle };
                }
            }
            _parties[absorbed] = joined with { Handle = null };
            return Task.FromResult(JoinOutcome.Joined);
        }
    }

    public Task<UnbindOutcome> UnbindIdentityAsync(AccountId person, ChannelIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        lock (_lock)
        {
            if (!_identities.TryGetValue(identity.Key, out var owner) || owner != person)
            {
                return Task.FromResult(UnbindOutcome.NotLinked);
            }
            var list = _identitiesOf[person];
            if (list.Count <= 1)
            {
                return Task.FromResult(UnbindOutcome.LastIdentity);
            }
            _identities.Remove(identity.Key);
            list.RemoveAll(i => i.Key == identity.Key);
            if (identity.PhoneNumber is { } phone && _phones.GetValueOrDefault(phone) == person && !list.Any(i => i.PhoneNumber == phone))
            {
                _phones.Remove(phone);
            }
            return Task.FromResult(UnbindOutcome.Unbound);
        }
    }

    public Task<bool> TryCountLinkCodeAsync(string target, int max, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        lock (_lock)
        {
            var (count, until) = _linkCodes.TryGetValue(target, out var known) && known.Until > now ? known : (0, now + window);
            if (count >= max)
            {
                return Task.FromResult(false);
            }
            _linkCodes[target] = (count + 1, until);
            return Task.FromResult(true);
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
