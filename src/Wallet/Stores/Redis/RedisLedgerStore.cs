using StackExchange.Redis;

namespace Conversational.Wallet;

/// <summary>
/// The ledger in Redis, with the same rules and outcomes as <see cref="InMemoryLedgerStore"/>: each movement is
/// one Lua script that checks everything, then posts, records its outcome under its id, writes the statements and
/// appends to the journal. Keys are laid out in docs/redis-keys.md, all under one hash tag.
/// </summary>
/// <remarks>
/// A call that gets no answer (lost connection, timeout, a server not ready) throws
/// <see cref="LedgerUnavailableException"/>: the movement may or may not have happened, and retrying it with the
/// same id settles which. The scripts are sent with <c>ScriptEvaluateAsync(string, ...)</c>, which runs them by hash
/// and sends the text again when the server's script cache was emptied (a restart or SCRIPT FLUSH).
/// </remarks>
public sealed partial class RedisLedgerStore : ILedgerStore
{
    /// <summary>How many times a movement whose record changed between the first read and the script is tried.</summary>
    private const int StaleReadAttempts = 5;

    private readonly IConnectionMultiplexer _redis;
    private readonly WalletPolicy _policy;
    private readonly TimeProvider _time;
    private readonly RedisKeys _keys;

    public RedisLedgerStore(IConnectionMultiplexer redis, WalletPolicy policy, TimeProvider? time = null, string keyPrefix = "w")
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _time = time ?? TimeProvider.System;
        _keys = new RedisKeys(keyPrefix);
    }

    private IDatabase Db => _redis.GetDatabase();

    public async Task<MovementResult> ExecuteAsync(Movement movement, CancellationToken cancellationToken = default)
    {
        if (MovementValidator.Validate(movement, _policy) is { } invalid)
        {
            return MovementResult.Rejected(movement.Id, invalid);
        }
        for (var attempt = 1; ; attempt++)
        {
            var now = _time.GetUtcNow();
            var call = movement switch
            {
                Transfer t => Prepare(t, now),
                Funding f => Prepare(f, now),
                PendingSend p => Prepare(p, now),
                PendingClaim c => await PrepareAsync(c, now, cancellationToken).ConfigureAwait(false),
                PendingReturn r => await PrepareAsync(r, now, cancellationToken).ConfigureAwait(false),
                HoldAuthorize h => Prepare(h, now),
                HoldCapture c => await PrepareAsync(c, now, cancellationToken).ConfigureAwait(false),
                HoldVoid v => await PrepareAsync(v, now, cancellationToken).ConfigureAwait(false),
                Refund r => await PrepareAsync(r, now, cancellationToken).ConfigureAwait(false),
                CarrierCharge c => Prepare(c, now),
                _ => throw new ArgumentException($"Unknown movement {movement.GetType().Name}.", nameof(movement)),
            };
            var answer = (RedisResult[])(await EvaluateAsync(call.Script, call.Keys, call.Values, cancellationToken).ConfigureAwait(false))!;
            var status = (string)answer[0]!;
            var text = (string)answer[1]!;
            switch (status)
            {
                case "+":
                    return RedisCodec.Outcome(movement.Id, text);
                case "=":
                    return Replay(movement, text);
                case "?" when attempt < StaleReadAttempts:
                    continue;   // the record read first changed under us: read it again
                default:
                    throw new InvalidOperationException($"The {movement.Kind} script of {movement.Id} answered '{status}' {StaleReadAttempts} times.");
            }
        }
    }

    /// <summary>The stored outcome of an id used before: the same request gets it again, another one a conflict.</summary>
    private static MovementResult Replay(Movement movement, string record)
    {
        var newline = record.IndexOf('\n', StringComparison.Ordinal);
        return string.Equals(record[..newline], movement.Fingerprint, StringComparison.Ordinal)
            ? RedisCodec.Outcome(movement.Id, record[(newline + 1)..]).AsReplay()
            : MovementResult.Rejected(movement.Id, new Rejection(RejectionReason.IdConflict));
    }

    private Task<RedisResult> EvaluateAsync(string script, RedisKey[] keys, RedisValue[] values, CancellationToken cancellationToken) =>
        RedisFailures.AnswerAsync(() => Db.ScriptEvaluateAsync(script, keys, values), cancellationToken);

    private Task<T> AnswerAsync<T>(Func<IDatabase, Task<T>> call, CancellationToken cancellationToken) =>
        RedisFailures.AnswerAsync(() => call(Db), cancellationToken);

    /// <summary>One script execution: the script, the keys it touches, its arguments.</summary>
    private readonly record struct ScriptCall(string Script, RedisKey[] Keys, RedisValue[] Values);
}
