using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Conversational.Wallet.Tests.Redis;

/// <summary>Pins what the Redis tests rely on: a real server, durable across SIGKILL, that clients reconnect to.
/// Tests that kill or flush start a server of their own; the rest use the shared one.</summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisServerTests(RedisServerFixture shared)
{
    private static readonly TimeSpan ReconnectDeadline = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Server_answers_ping()
    {
        await using var connection = await shared.Server.ConnectAsync();

        var reply = await connection.GetDatabase().ExecuteAsync("PING");

        Assert.Equal("PONG", (string?)reply);
    }

    [Fact]
    public async Task Server_appends_every_write_and_fsyncs_it_before_answering()
    {
        var config = await ConfigAsync(shared.Server);

        Assert.Equal("yes", config["appendonly"]);
        Assert.Equal("always", config["appendfsync"]);
        Assert.Equal("", config["save"]);
        Assert.Equal("yes", config["protected-mode"]);
        Assert.Equal("127.0.0.1", config["bind"]);
        Assert.Equal(shared.Server.Port.ToString(CultureInfo.InvariantCulture), config["port"]);
    }

    [Fact]
    public async Task Benchmark_may_choose_fsync_every_second()
    {
        await using var server = await RedisServer.StartAsync("everysec", Cancellation);

        var config = await ConfigAsync(server);

        Assert.Equal("yes", config["appendonly"]);
        Assert.Equal("everysec", config["appendfsync"]);
    }

    [Fact]
    public async Task Key_written_before_sigkill_is_there_after_restart()
    {
        await using var server = await RedisServer.StartAsync(cancellationToken: Cancellation);
        await using (var before = await server.ConnectAsync())
        {
            Assert.True(await before.GetDatabase().StringSetAsync("survivor", "42"));
        }

        server.Kill();
        Assert.False(server.IsRunning);
        await server.RestartAsync(Cancellation);

        await using var after = await server.ConnectAsync();
        Assert.Equal("42", (string?)await after.GetDatabase().StringGetAsync("survivor"));
    }

    [Fact]
    public async Task Multiplexer_reconnects_by_itself_after_a_restart()
    {
        await using var server = await RedisServer.StartAsync(cancellationToken: Cancellation);
        await using var connection = await server.ConnectAsync();
        var db = connection.GetDatabase();
        await db.StringSetAsync("before-crash", "1");

        server.Kill();
        await server.RestartAsync(Cancellation);
        var value = await EventuallyAsync(() => db.StringGetAsync("before-crash"));

        Assert.Equal("1", (string?)value);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task Servers_started_at_once_get_their_own_port_and_directory()
    {
        Task<RedisServer>[] starts =
        [
            RedisServer.StartAsync(cancellationToken: Cancellation),
            RedisServer.StartAsync(cancellationToken: Cancellation),
        ];
        try
        {
            var servers = await Task.WhenAll(starts);

            Assert.NotEqual(servers[0].Port, servers[1].Port);
            Assert.NotEqual(servers[0].DataDirectory, servers[1].DataDirectory);
        }
        finally
        {
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await (await start).DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Flush_deletes_every_key()
    {
        await using var server = await RedisServer.StartAsync(cancellationToken: Cancellation);
        await using var connection = await server.ConnectAsync();
        await connection.GetDatabase(0).StringSetAsync("a", "1");
        await connection.GetDatabase(1).StringSetAsync("b", "2");

        await server.FlushAsync();

        Assert.False(await connection.GetDatabase(0).KeyExistsAsync("a"));
        Assert.False(await connection.GetDatabase(1).KeyExistsAsync("b"));
    }

    [Fact]
    public async Task Dispose_stops_the_server_and_deletes_its_directory()
    {
        var server = await RedisServer.StartAsync(cancellationToken: Cancellation);
        Assert.True(server.IsRunning);
        Assert.True(Directory.Exists(server.DataDirectory));

        await server.DisposeAsync();

        Assert.False(server.IsRunning);
        Assert.False(Directory.Exists(server.DataDirectory));
    }

    private static async Task<Dictionary<string, string>> ConfigAsync(RedisServer server)
    {
        await using var admin = await server.ConnectAsync(allowAdmin: true);
        var pairs = await admin.GetServer(server.Endpoint).ConfigGetAsync("*");
        return pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>Retries while the client is still reconnecting, until <see cref="ReconnectDeadline"/>.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> command)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await command();
            }
            catch (Exception e) when ((e is RedisConnectionException or RedisTimeoutException)
                                      && clock.Elapsed < ReconnectDeadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), Cancellation);
            }
        }
    }
}
