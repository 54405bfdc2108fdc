using StackExchange.Redis;

namespace Conversational.Wallet;

/// <summary>Accounts, balances, statements and the snapshot.</summary>
public sealed partial class RedisLedgerStore
{
    private static readonly RedisValue[] AccountFields = ["tier", "fee"];

    public async Task<Account> OpenAccountAsync(Account account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Kind == AccountKind.System)
        {
            throw new ArgumentException("System accounts exist by themselves.", nameof(account));
        }
        // As in memory: an account that exists is given back unchanged, even if the request could not be normalized.
        Account? normalized = null;
        ArgumentException? invalid = null;
        try
        {
            normalized = Normalized(account);
        }
        catch (ArgumentException e)
        {
            invalid = e;
        }
        RedisKey[] keys = [_keys.Account(account.Id), _keys.Accounts];
        RedisValue[] values =
            [Name(normalized?.Tier ?? account.Tier), normalized?.FeeBasisPoints ?? 0, account.Id.Value, Flag(invalid is not null)];
        var answer = (RedisValue[])(await EvaluateAsync(RedisScripts.OpenAccount, keys, values, cancellationToken).ConfigureAwait(false))!;
        if (answer[0] == "!")
        {
            throw invalid!;
        }
        return new Account(account.Id, Enum.Parse<IdentityTier>((string)answer[1]!), (int)answer[2]);
    }

    public async Task<Account?> FindAccountAsync(AccountId id, CancellationToken cancellationToken = default)
    {
        if (id.Kind == AccountKind.System)
        {
            // A system account exists once something was posted to it; it has no stored tier or fee.
            var exists = await AnswerAsync(db => db.KeyExistsAsync(_keys.Account(id)), cancellationToken).ConfigureAwait(false);
            return exists ? new Account(id, IdentityTier.Verified) : null;
        }
        var fields = await AnswerAsync(db => db.HashGetAsync(_keys.Account(id), AccountFields), cancellationToken).ConfigureAwait(false);
        return fields[0].IsNull ? null : new Account(id, Enum.Parse<IdentityTier>((string)fields[0]!), (int)fields[1]);
    }

    public async Task<Account?> SetTierAsync(AccountId person, IdentityTier tier, CancellationToken cancellationToken = default)
    {
        if (person.Kind != AccountKind.Person)
        {
            return null;
        }
        var answer = await SetFieldAsync(person, "tier", Name(tier), "fee", cancellationToken).ConfigureAwait(false);
        return answer is null ? null : new Account(person, tier, (int)answer[1]);
    }

    public async Task<Account?> SetFeePlanAsync(AccountId merchant, int basisPoints, CancellationToken cancellationToken = default)
    {
        if (!_policy.MerchantFeePlans.Contains(basisPoints))
        {
            throw new ArgumentOutOfRangeException(nameof(basisPoints), basisPoints, "Not one of Wallet:MerchantFeePlans.");
        }
        if (merchant.Kind != AccountKind.Merchant)
        {
            return null;
        }
        var answer = await SetFieldAsync(merchant, "fee", basisPoints, "tier", cancellationToken).ConfigureAwait(false);
        return answer is null ? null : new Account(merchant, Enum.Parse<IdentityTier>((string)answer[1]!), basisPoints);
    }

    public async Task<IReadOnlyList<Balance>> GetBalancesAsync(AccountId id, CancellationToken cancellationToken = default)
    {
        var fields = await AnswerAsync(db => db.HashGetAllAsync(_keys.Account(id)), cancellationToken).ConfigureAwait(false);
        return Balances(fields);
    }

    public async Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(AccountId id, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (take == 0)
        {
            return [];   // LRANGE with stop = start - 1 would mean "to the end" when start is 0
        }
        // Lines are pushed at the head, so the list is newest first, like the in-memory statement read backwards.
        var lines = await AnswerAsync(db => db.ListRangeAsync(_keys.History(id), skip, (long)skip + take - 1), cancellationToken).ConfigureAwait(false);
        return [.. lines.Select(line => RedisCodec.History(line!))];
    }

    public async Task<LedgerSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        // One MULTI/EXEC reads every account and the journal at a single point; accounts are never removed, so an
        // unchanged count of the set inside it means the ids read just before are all there is.
        while (true)
        {
            var members = await AnswerAsync(db => db.SetMembersAsync(_keys.Accounts), cancellationToken).ConfigureAwait(false);
            var transaction = Db.CreateTransaction();
            var count = transaction.SetLengthAsync(_keys.Accounts);
            var hashes = members.Select(m => transaction.HashGetAllAsync(_keys.Account((string)m!))).ToArray();
            var journal = transaction.ListRangeAsync(_keys.Journal);
            await AnswerAsync(_ => transaction.ExecuteAsync(), cancellationToken).ConfigureAwait(false);
            if (await count.ConfigureAwait(false) != members.Length)
            {
                continue;
            }
            var balances = new Dictionary<AccountId, IReadOnlyList<Balance>>(members.Length);
            for (var i = 0; i < members.Length; i++)
            {
                balances[AccountId.Parse((string)members[i]!)] = Balances(await hashes[i].ConfigureAwait(false));
            }
            var entries = await journal.ConfigureAwait(false);
            return new LedgerSnapshot(balances, [.. entries.Select(e => RedisCodec.Journal(e!))]);
        }
    }

    /// <summary>Per currency that any posting touched (each writes the posted field), sorted by code.</summary>
    private static List<Balance> Balances(HashEntry[] fields)
    {
        var amounts = new SortedDictionary<string, (long Posted, long Held, long Incoming, bool Seen)>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = (string)field.Name!;
            if (name.Length != 5 || name[1] != ':' || name[0] is not ('p' or 'h' or 'i'))
            {
                continue;   // tier, fee, and the spending fields (d:EUR:day, m:EUR:month)
            }
            var code = name[2..];
            var value = (long)field.Value;
            var a = amounts.GetValueOrDefault(code);
            amounts[code] = name[0] switch
            {
                'p' => a with { Posted = value, Seen = true },
                'h' => a with { Held = value },
                _ => a with { Incoming = value },
            };
        }
        return [.. amounts.Where(a => a.Value.Seen).Select(a => new Balance(Currency.Of(a.Key), a.Value.Posted, a.Value.Held, a.Value.Incoming))];
    }

    private async Task<RedisValue[]?> SetFieldAsync(AccountId id, string field, RedisValue value, string other, CancellationToken cancellationToken)
    {
        var answer = await EvaluateAsync(RedisScripts.SetAccountField, [_keys.Account(id)], [field, value, other], cancellationToken)
            .ConfigureAwait(false);
        return answer.IsNull ? null : (RedisValue[])answer!;
    }

    /// <summary>The same normalisation as in memory: people pay no fee, other kinds are verified, merchants need a plan.</summary>
    private Account Normalized(Account account) => account.Kind switch
    {
        AccountKind.Person => account with { FeeBasisPoints = 0 },
        AccountKind.Merchant when !_policy.MerchantFeePlans.Contains(account.FeeBasisPoints) =>
            throw new ArgumentException($"A merchant's fee must be one of Wallet:MerchantFeePlans ({string.Join(", ", _policy.MerchantFeePlans)}).", nameof(account)),
        _ => account with { Tier = IdentityTier.Verified, FeeBasisPoints = account.Kind == AccountKind.Merchant ? account.FeeBasisPoints : 0 },
    };
}
