using StackExchange.Redis;

namespace Conversational.Wallet.Tests.Redis;

/// <summary>One <see cref="RedisServer"/> for a test class (<c>IClassFixture&lt;RedisServerFixture&gt;</c>) or
/// for every class marked <c>[Collection(RedisServerFixture.Collection)]</c>. Classes sharing the server should
/// use their own keys or call <see cref="RedisServer.FlushAsync"/>.</summary>
// The fixture is its own collection definition, which keeps it to one type per file.
[CollectionDefinition(Collection)]
public sealed class RedisServerFixture : IAsyncLifetime, ICollectionFixture<RedisServerFixture>
{
    public const string Collection = "redis";

    private RedisServer? _server;
    private ConnectionMultiplexer? _connection;

    public RedisServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>One multiplexer for every ledger on the shared server, as the service has one per process.</summary>
    public ConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>A ledger of its own on the shared server: its keys live under a new prefix.</summary>
    public RedisLedgerStore NewLedger(WalletPolicy policy, TimeProvider time, string purpose) =>
        new(Connection, policy, time, purpose + "-" + Guid.NewGuid().ToString("N"));

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
