using Conversational.Wallet.Tests.Redis;

namespace Conversational.Wallet.Tests.Contract;

/// <summary>The store contract on <see cref="RedisLedgerStore"/>: each ledger under its own key prefix of the shared
/// redis-server.</summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisLedgerContractTests(RedisServerFixture redis) : LedgerContractTests
{
    protected override Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time) =>
        Task.FromResult<ILedgerStore>(redis.NewLedger(policy, time, "contract"));
}
