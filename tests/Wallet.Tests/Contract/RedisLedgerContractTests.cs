using Conversational.Wallet.Tests.Redis;
using StackExchange.Redis;

namespace Conversational.Wallet.Tests.Contract;

/// <summary>The store contract on <see cref="RedisLedgerStore"/>: each ledger under its own key prefix of the shared
/// redis-server.</summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisLedgerContractTests(RedisServerFixture redis) : LedgerContractTests
{
    private ConnectionMultiplexer? _connection;

    protected override async Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time)
    {
        _connection ??= await redis.Server.ConnectAsync();
        return new RedisLedgerStore(_connection, policy, time, "contract-" + Guid.NewGuid().ToString("N"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
