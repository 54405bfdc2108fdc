using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Tests.Stores;
using StackExchange.Redis;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>The cart timers contract on <see cref="RedisCartTimers"/>, under a key prefix of its own on the shared
/// redis-server; a second instance is a second connection.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisCartTimersContractTests(RedisStoreFixture redis) : CartTimersContractTests, IAsyncLifetime
{
    private readonly string _prefix = RedisStoreFixture.NewPrefix("timers");
    private readonly List<ConnectionMultiplexer> _connections = [];

    protected override ICartTimers Create() => new RedisCartTimers(redis.Connection, _prefix);

    /// <summary>Another process: its own multiplexer on the same server and prefix.</summary>
    protected override async Task<ICartTimers> SecondInstanceAsync(ICartTimers first)
    {
        var connection = await redis.Server.ConnectAsync();
        _connections.Add(connection);
        return new RedisCartTimers(connection, _prefix);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task Timers_live_in_one_sorted_set_scored_in_milliseconds()
    {
        var timers = Create();

        await timers.ScheduleAsync("person:alice", Monday, Ct);

        var score = await redis.Connection.GetDatabase().SortedSetScoreAsync($"{{{_prefix}}}:cart-timers", "person:alice");
        Assert.Equal(Monday.ToUnixTimeMilliseconds(), score);
    }
}
