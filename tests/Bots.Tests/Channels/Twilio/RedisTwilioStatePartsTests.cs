using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Tests.Stores;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>The parts contract on <see cref="RedisTwilioState"/> on the shared redis-server; a second instance is a
/// second connection. Also the key as docs/redis-keys.md describes it.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisTwilioStatePartsTests(RedisStoreFixture redis) : TwilioStatePartsContractTests, IAsyncLifetime
{
    private readonly List<ConnectionMultiplexer> _connections = [];

    protected override ITwilioState Create() => new RedisTwilioState(redis.Connection);

    protected override async Task<ITwilioState> SecondInstanceAsync(ITwilioState first)
    {
        var connection = await redis.Server.ConnectAsync();
        _connections.Add(connection);
        return new RedisTwilioState(connection);
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
    public async Task The_state_is_one_key_per_identity_with_the_body_hash_expiring_in_an_hour()
    {
        var state = Create();

        await state.SavePartsAsync(Identity, Statement, new(1, LostTry), Ct);
        await state.SavePartsAsync(Identity + "0", Statement, new(2, null), Ct);

        var db = redis.Connection.GetDatabase();
        Assert.Equal($"{Statement}|1|{LostTry.UtcTicks}", (string?)await db.StringGetAsync("tw:parts:" + Identity));
        Assert.Equal($"{Statement}|2|", (string?)await db.StringGetAsync("tw:parts:" + Identity + "0"));
        var ttl = await db.KeyTimeToLiveAsync("tw:parts:" + Identity);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task An_unreadable_value_is_nothing_sent()
    {
        var state = Create();
        await redis.Connection.GetDatabase().StringSetAsync("tw:parts:" + Identity, Statement + "|1|yesterday");

        Assert.Equal(default, await state.FindPartsAsync(Identity, Statement, Ct));
    }
}
