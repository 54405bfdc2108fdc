using Conversational.Wallet.Tests.Redis;

namespace Conversational.Wallet.Tests.Concurrency;

/// <summary>The races on <see cref="RedisLedgerStore"/>, on the shared redis-server under a key prefix of their own.</summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisLedgerConcurrencyTests(RedisServerFixture redis) : LedgerConcurrencyTests
{
    protected override Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time) =>
        Task.FromResult<ILedgerStore>(redis.NewLedger(policy, time, "race"));
}
