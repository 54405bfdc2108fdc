using Conversational.Bots.Directory;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Stores;

/// <summary>The linking contract on <see cref="RedisPartyDirectory"/>, plus the keys a join and a link code write.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisPartyDirectoryLinkingContractTests(RedisStoreFixture redis) : PartyDirectoryLinkingContractTests
{
    private readonly string _prefix = RedisStoreFixture.NewPrefix("link");

    private IDatabase Db => redis.Connection.GetDatabase();

    protected override IPartyDirectory CreateDirectory() => new RedisPartyDirectory(redis.Connection, _prefix);

    [Fact]
    public async Task A_join_and_a_link_code_write_the_documented_keys()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);
        var bob = await directory.GetOrCreatePersonAsync(SmsBob, null, "Bob", "+33612345678", Ct);

        await directory.JoinAsync(alice.Account, bob.Account, [SmsBob], Ct);
        await directory.TryCountLinkCodeAsync("+33612345678", 5, TimeSpan.FromHours(1), Now, Ct);

        var tag = $"{{{_prefix}}}:";
        Assert.Equal(alice.Account.Value, (string?)await Db.HashGetAsync(tag + "party:" + bob.Account.Value, "joined"));
        Assert.Equal(alice.Account.Value, (string?)await Db.StringGetAsync(tag + "identity:sms:+33612345678"));
        Assert.Equal(alice.Account.Value, (string?)await Db.StringGetAsync(tag + "phone:+33612345678"));
        Assert.False(await Db.KeyExistsAsync(tag + "identities:" + bob.Account.Value));
        Assert.Equal(1, (int)await Db.HashGetAsync(tag + "linkcodes:+33612345678", "count"));
        Assert.Equal(Now.AddHours(1).ToUnixTimeMilliseconds(), (long)await Db.HashGetAsync(tag + "linkcodes:+33612345678", "until"));
        Assert.NotNull(await Db.KeyTimeToLiveAsync(tag + "linkcodes:+33612345678"));
    }
}
