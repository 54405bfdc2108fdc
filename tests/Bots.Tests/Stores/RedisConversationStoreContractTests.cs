using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Stores;

/// <summary>The conversation store contract on <see cref="RedisConversationStore"/>, under a key prefix of its own on
/// the shared redis-server, plus what only Redis has: the key layout, expiries, and a second connection as a second
/// instance of the service.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisConversationStoreContractTests(RedisStoreFixture redis) : ConversationStoreContractTests, IAsyncLifetime
{
    private readonly string _prefix = RedisStoreFixture.NewPrefix("conv");
    private readonly List<ConnectionMultiplexer> _connections = [];

    private IDatabase Db => redis.Connection.GetDatabase();

    protected override IConversationStore CreateStore(TimeSpan? deduplicationPeriod = null) =>
        new RedisConversationStore(redis.Connection, Time, _prefix, deduplicationPeriod);

    /// <summary>Another process: its own multiplexer on the same server and prefix.</summary>
    protected override async Task<IConversationStore> SecondInstanceAsync(IConversationStore first)
    {
        var connection = await redis.Server.ConnectAsync();
        _connections.Add(connection);
        return new RedisConversationStore(connection, Time, _prefix);
    }

    protected override Task LetTimePassAsync(TimeSpan duration) => Task.Delay(duration, Ct);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_save_writes_the_documented_keys_and_the_replies_expire_after_7_days()
    {
        var store = CreateStore();

        Assert.True(await store.SaveAsync(Alice, new ConversationData { Unsettled = [Intent("t-1")] }, 0, "web:alice:m1", [new("ok")], Ct));

        var conversation = await Db.HashGetAllAsync($"{{{_prefix}}}:conv:{Alice}");
        Assert.Equal(["json", "lang", "optout", "version"], conversation.Select(f => (string)f.Name!).Order());
        Assert.Equal("1", (string?)conversation.Single(f => f.Name == "version").Value);
        Assert.Equal([Alice], (await Db.SetMembersAsync($"{{{_prefix}}}:unsettled")).Select(m => (string?)m));
        var ttl = await Db.KeyTimeToLiveAsync($"{{{_prefix}}}:in:web:alice:m1");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task A_lock_is_a_key_with_the_lease_as_its_expiry_and_is_deleted_on_release()
    {
        var store = CreateStore();
        var key = $"{{{_prefix}}}:lock:{Alice}";

        var held = await store.LockAsync(Alice, Ct);
        var ttl = await Db.KeyTimeToLiveAsync(key);
        await held.DisposeAsync();

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, ConversationSettings.LockLease - TimeSpan.FromSeconds(5), ConversationSettings.LockLease);
        Assert.False(await Db.KeyExistsAsync(key));
    }

    [Fact]
    public async Task A_holder_whose_lease_ran_out_does_not_release_the_lock_someone_else_took_since()
    {
        var store = CreateStore();
        var key = $"{{{_prefix}}}:lock:{Alice}";
        var late = await store.LockAsync(Alice, Ct);

        // The lease ran out and another instance took the person with its own token.
        await Db.StringSetAsync(key, "another-holder", ConversationSettings.LockLease);
        await late.DisposeAsync();

        Assert.Equal("another-holder", (string?)await Db.StringGetAsync(key));
    }

    [Fact]
    public async Task Stores_with_different_prefixes_share_nothing()
    {
        var store = CreateStore();
        var other = new RedisConversationStore(redis.Connection, Time, RedisStoreFixture.NewPrefix("conv"));
        Assert.True(await store.SaveAsync(Alice, new ConversationData(), 0, "m1", [new("ok")], Ct));

        Assert.Equal(0, (await other.LoadAsync(Alice, Ct)).Version);
        Assert.Null(await other.FindRepliesAsync("m1", Ct));
        await using var held = await store.LockAsync(Alice, Ct);
        await using var elsewhere = await other.LockAsync(Alice, Ct).WaitAsync(TimeSpan.FromSeconds(1), Ct);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a{b")]
    [InlineData("a b")]
    public void A_key_prefix_that_would_break_the_hash_tag_is_refused(string prefix) =>
        Assert.Throws<ArgumentException>(() => new RedisConversationStore(redis.Connection, Time, prefix));
}
