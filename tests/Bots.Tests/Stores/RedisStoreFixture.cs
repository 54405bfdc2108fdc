using Conversational.Wallet.Tests.Redis;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Stores;

/// <summary>One real redis-server for every class marked <c>[Collection(RedisStoreFixture.Collection)]</c>, with one
/// shared multiplexer (as the service has one per process). Tests keep apart by key prefix (<see cref="NewPrefix"/>),
/// never by flushing.</summary>
// The fixture is its own collection definition, which keeps it to one type per file.
[CollectionDefinition(Collection)]
public sealed class RedisStoreFixture : IAsyncLifetime, ICollectionFixture<RedisStoreFixture>
{
    public const string Collection = "bots-stores-redis";

    private RedisServer? _server;
    private ConnectionMultiplexer? _connection;

    public RedisServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialized.");

    public ConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>A key prefix no other test uses: "purpose-&lt;guid&gt;".</summary>
    public static string NewPrefix(string purpose) => purpose + "-" + Guid.NewGuid().ToString("N");

    public async ValueTask InitializeAsync()
    {
        _server = await RedisServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _connection = await _server.ConnectAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
