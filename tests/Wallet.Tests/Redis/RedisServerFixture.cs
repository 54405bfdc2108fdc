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

    public RedisServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync() =>
        _server = await RedisServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
