using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Tests.Stores;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>The parts contract on <see cref="RedisTelegramState"/> on the shared redis-server; a second instance is a
/// second connection. Also the key as docs/redis-keys.md describes it.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisTelegramStatePartsTests(RedisStoreFixture redis) : TelegramStatePartsContractTests, IAsyncLifetime
{
    private readonly List<ConnectionMultiplexer> _connections = [];

    protected override ITelegramState Create() => new RedisTelegramState(redis.Connection);

    protected override async Task<ITelegramState> SecondInstanceAsync(ITelegramState first)
    {
        var connection = await redis.Server.ConnectAsync();
        _connections.Add(connection);
        return new RedisTelegramState(connection);
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
    public async Task The_parts_are_one_key_per_chat_with_the_reply_hash_expiring_in_an_hour()
    {
        var state = Create();

        await state.RememberPartsSentAsync(Chat, Statement, 2, Ct);

        var db = redis.Connection.GetDatabase();
        Assert.Equal(Statement + "|2", (string?)await db.StringGetAsync("tg:parts:" + Chat));
        Assert.Equal(64, Statement.Length);
        var ttl = await db.KeyTimeToLiveAsync("tg:parts:" + Chat);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task An_unreadable_value_is_nothing_sent()
    {
        var state = Create();
        await redis.Connection.GetDatabase().StringSetAsync("tg:parts:" + Chat, Statement + "|two");

        Assert.Equal(0, await state.FindPartsSentAsync(Chat, Statement, Ct));
    }
}
