using StackExchange.Redis;

namespace Conversational.Wallet;

/// <summary>
/// Every key name of the Redis ledger, built in one place (docs/redis-keys.md describes each). All of them start
/// with the hash tag <c>{prefix}</c>, so under Redis Cluster they share one slot and a movement's script never
/// crosses slots.
/// </summary>
internal sealed class RedisKeys
{
    private readonly string _tag;

    public RedisKeys(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        // An empty tag ("{}") would hash the whole key, and a brace would end the tag early.
        if (prefix.Length == 0 || prefix.AsSpan().ContainsAny('{', '}') || prefix.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The key prefix must be non-empty, without braces or spaces.", nameof(prefix));
        }
        _tag = "{" + prefix + "}:";
        Accounts = _tag + "accounts";
        Journal = _tag + "journal";
        PendingDue = _tag + "pending-due";
    }

    /// <summary>Set of every account id (opened, or a system account once posted to).</summary>
    public RedisKey Accounts { get; }

    /// <summary>List of completed movements with their postings, oldest first.</summary>
    public RedisKey Journal { get; }

    /// <summary>Sorted set of waiting pending transfers by expiry (milliseconds since 0001-01-01 UTC).</summary>
    public RedisKey PendingDue { get; }

    /// <summary>Hash: tier, fee, and per currency the posted, held, incoming amounts and the spending by day and month.</summary>
    public RedisKey Account(AccountId id) => _tag + "acct:" + id.Value;

    public RedisKey Account(string id) => _tag + "acct:" + id;

    /// <summary>List of statement lines, newest first.</summary>
    public RedisKey History(AccountId id) => _tag + "history:" + id.Value;

    /// <summary>String: the movement's fingerprint, a newline, and its outcome.</summary>
    public RedisKey Outcome(TransferId id) => _tag + "tx:" + id.Value;

    public RedisKey Hold(TransferId id) => _tag + "hold:" + id.Value;

    public RedisKey Pending(TransferId id) => _tag + "pending:" + id.Value;

    public RedisKey Pending(string id) => _tag + "pending:" + id;

    /// <summary>Sorted set of the waiting pending transfers for one claim key, by expiry.</summary>
    public RedisKey PendingFor(string claimKey) => _tag + "pending-for:" + claimKey;

    public RedisKey Payment(TransferId id) => _tag + "payment:" + id.Value;

    /// <summary>Hash: a phone number's own cap, its donation block and what it was billed per month.</summary>
    public RedisKey Phone(string phoneNumber) => _tag + "phone:" + phoneNumber;
}
