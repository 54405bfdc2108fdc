using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Tests.Stores;
using StackExchange.Redis;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>The advisor desk contract on <see cref="RedisAdvisorDesk"/>, under a key prefix of its own on the shared
/// redis-server, plus the key layout and two instances opening one person's case.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisAdvisorDeskContractTests(RedisStoreFixture redis) : AdvisorDeskContractTests
{
    private readonly string _prefix = RedisStoreFixture.NewPrefix("advisors");

    private IDatabase Db => redis.Connection.GetDatabase();

    protected override IAdvisorDesk Create() => new RedisAdvisorDesk(redis.Connection, _prefix);

    [Fact]
    public async Task A_case_writes_the_documented_keys_and_closing_clears_the_open_indexes()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);

        var tag = $"{{{_prefix}}}:";
        Assert.Equal(["json"], (await Db.HashKeysAsync(tag + "case:case-1")).Select(k => (string?)k));
        Assert.Equal(1, await Db.ListLengthAsync(tag + "case-messages:case-1"));
        Assert.Equal("case-1", (string?)await Db.StringGetAsync(tag + "open-case:person:alice"));
        Assert.Equal(Monday.ToUnixTimeMilliseconds(), await Db.SortedSetScoreAsync(tag + "open-cases:shop", "case-1"));

        await desk.CloseAsync("case-1", Monday.AddHours(1), Ct);

        Assert.Equal("2026-03-02T10:30:00.0000000+01:00", (string?)await Db.HashGetAsync(tag + "case:case-1", "closed"));
        Assert.False(await Db.KeyExistsAsync(tag + "open-case:person:alice"));
        Assert.Equal(0, await Db.SortedSetLengthAsync(tag + "open-cases:shop"));
    }

    [Fact]
    public async Task Two_instances_opening_cases_for_one_person_at_once_make_one()
    {
        await using var second = await redis.Server.ConnectAsync();
        var here = Create();
        var there = new RedisAdvisorDesk(second, _prefix);

        var cases = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () => (i % 2 == 0 ? here : there).OpenAsync(Case($"case-{i}", Alice), Ct), Ct)));

        Assert.Single(cases.Select(c => c.Id).Distinct());
    }
}
