using Conversational.Wallet.Tests.Redis;
using StackExchange.Redis;

namespace Conversational.Wallet.Tests.Model;

/// <summary>The model-based randomized test on <see cref="RedisLedgerStore"/>, on the shared redis-server under a key
/// prefix of its own. Shorter than the in-memory run: every step reads the whole ledger back from Redis.</summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisLedgerModelTests(RedisServerFixture redis) : LedgerModelTests, IAsyncDisposable
{
    private ConnectionMultiplexer? _connection;

    protected override int Operations => 2_500;

    protected override async Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time)
    {
        _connection ??= await redis.Server.ConnectAsync();
        return new RedisLedgerStore(_connection, policy, time, "model-" + Guid.NewGuid().ToString("N"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
