using Conversational.Wallet.Tests.Redis;

namespace Conversational.Wallet.Tests.Model;

/// <summary>The model-based randomized test on <see cref="RedisLedgerStore"/>, on the shared redis-server under a key
/// prefix of its own. Shorter than the in-memory run: every step reads the whole ledger back from Redis.</summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisLedgerModelTests(RedisServerFixture redis) : LedgerModelTests
{
    protected override int Operations => 2_500;

    protected override Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time) =>
        Task.FromResult<ILedgerStore>(redis.NewLedger(policy, time, "model"));
}
