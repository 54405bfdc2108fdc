using Conversational.Wallet.Tests.Redis;
using StackExchange.Redis;

namespace Conversational.Wallet.Tests.Concurrency;

/// <summary>The races on <see cref="RedisLedgerStore"/>, on the shared redis-server under a key prefix of their own.</summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisLedgerConcurrencyTests(RedisServerFixture redis) : LedgerConcurrencyTests, IAsyncDisposable
{
    private ConnectionMultiplexer? _connection;

    protected override async Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time)
    {
        _connection ??= await redis.Server.ConnectAsync();
        return new RedisLedgerStore(_connection, policy, time, "race-" + Guid.NewGuid().ToString("N"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
