using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Stores;

/// <summary>The directory contract on <see cref="RedisPartyDirectory"/>, under a key prefix of its own on the shared
/// redis-server, plus the key layout and two instances creating one person.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisPartyDirectoryContractTests(RedisStoreFixture redis) : PartyDirectoryContractTests
{
    private readonly string _prefix = RedisStoreFixture.NewPrefix("dir");

    private IDatabase Db => redis.Connection.GetDatabase();

    protected override IPartyDirectory CreateDirectory() => new RedisPartyDirectory(redis.Connection, _prefix);

    [Fact]
    public async Task A_new_person_writes_the_documented_keys()
    {
        var directory = CreateDirectory();

        var bob = await directory.GetOrCreatePersonAsync(SmsBob, "Bob", "Bob", "+33612345678", Ct);

        var tag = $"{{{_prefix}}}:";
        var party = await Db.HashGetAllAsync(tag + "party:" + bob.Account.Value);
        Assert.Equal([("handle", "bob"), ("name", "Bob")], party.Select(f => ((string)f.Name!, (string)f.Value!)).Order());
        Assert.Equal(bob.Account.Value, (string?)await Db.StringGetAsync(tag + "handle:bob"));
        Assert.Equal(bob.Account.Value, (string?)await Db.StringGetAsync(tag + "phone:+33612345678"));
        Assert.Equal(bob.Account.Value, (string?)await Db.StringGetAsync(tag + "identity:sms:+33612345678"));
        Assert.Equal(["sms:+33612345678"], (await Db.ListRangeAsync(tag + "identities:" + bob.Account.Value)).Select(v => (string?)v));
    }

    [Fact]
    public async Task Two_instances_receiving_the_same_first_message_make_one_person()
    {
        await using var second = await redis.Server.ConnectAsync();
        var here = CreateDirectory();
        var there = new RedisPartyDirectory(second, _prefix);
        var identity = new ChannelIdentity("telegram", "42");

        var parties = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () => (i % 2 == 0 ? here : there).GetOrCreatePersonAsync(identity, "zoe", "Zoé", null, Ct), Ct)));

        Assert.Single(parties.Distinct());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a}b")]
    [InlineData("a\tb")]
    public void A_key_prefix_that_would_break_the_hash_tag_is_refused(string prefix) =>
        Assert.Throws<ArgumentException>(() => new RedisPartyDirectory(redis.Connection, prefix));
}
