using System.Net;
using System.Text.Json.Nodes;
using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using Conversational.Wallet;
using Conversational.Wallet.Tests.Redis;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>
/// Two instances sharing a real Redis: an activity delivered to both is handled once (the engine's deduplication, no
/// key of the adapter's own), and the conversation reference kept by one lets the other's outbox answer.
/// </summary>
public sealed class BotFrameworkRedisTests
{
    [Fact]
    public async Task Activities_and_conversation_references_are_shared_between_instances()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartAsync(cancellationToken: ct);
        await using var first = await BotFrameworkHost.StartAsync(false, ("ConnectionStrings:Redis", redis.ConnectionString));
        await using var second = BotFrameworkHost.StartBeside(first, ("ConnectionStrings:Redis", redis.ConnectionString));
        await first.Get<IPartyDirectory>().BindIdentityAsync(
            new ChannelIdentity("botframework-msteams", ActivityFixtures.TeamsUser), AccountId.Person("alice"), ct);
        var serviceUrl = first.Connector.ServiceUrl;

        var send = ActivityFixtures.Message(serviceUrl, "r-1", "#envoyer 20€ @bob");
        var statuses = await Task.WhenAll(first.SendAsync(send), second.SendAsync(send), first.SendAsync(send));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await FakeConnector.WaitUntilAsync(() => first.Connector.Messages(ActivityFixtures.TeamsConversation).Count == 1);
        var confirm = first.Connector.Messages(ActivityFixtures.TeamsConversation)[0]["attachments"]![0]!["content"]!["buttons"]![0]!;

        var press = ActivityFixtures.Press(serviceUrl, "r-2", confirm);
        Assert.Equal(HttpStatusCode.OK, await second.SendAsync(press));
        Assert.Equal(HttpStatusCode.OK, await first.SendAsync(press));

        await FakeConnector.WaitUntilAsync(() => first.Connector.Messages(ActivityFixtures.TeamsConversation).Count == 2);
        await Task.Delay(500, ct);
        Assert.Equal(2, first.Connector.Messages(ActivityFixtures.TeamsConversation).Count);
        Assert.Equal(80_00, await second.BalanceAsync("alice"));
        Assert.Equal(120_00, await first.BalanceAsync("bob"));
        await AssertNoActivityKeysAsync(redis);
    }

    [Fact]
    public async Task A_conversation_update_delivered_to_both_instances_is_welcomed_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartAsync(cancellationToken: ct);
        await using var first = await BotFrameworkHost.StartAsync(false, ("ConnectionStrings:Redis", redis.ConnectionString));
        await using var second = BotFrameworkHost.StartBeside(first, ("ConnectionStrings:Redis", redis.ConnectionString));
        var update = JsonNode.Parse(ActivityFixtures.ConversationUpdateJson)!.AsObject();
        update["serviceUrl"] = first.Connector.ServiceUrl;

        var statuses = await Task.WhenAll(first.SendAsync(update), second.SendAsync(update), first.SendAsync(update));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await FakeConnector.WaitUntilAsync(() => first.Connector.Messages("Dl0Ag3ConvId-eu").Count == 1);
        await Task.Delay(500, ct);
        Assert.Single(first.Connector.Messages("Dl0Ag3ConvId-eu"));
        await AssertNoActivityKeysAsync(redis);
    }

    /// <summary>The adapter keeps no "activity handled" key of its own any more (the engine deduplicates).</summary>
    private static async Task AssertNoActivityKeysAsync(RedisServer redis)
    {
        await using var connection = await redis.ConnectAsync(allowAdmin: true);
        var keys = new List<string>();
        await foreach (var key in connection.GetServer(connection.GetEndPoints()[0]).KeysAsync(pattern: "*"))
        {
            keys.Add(key.ToString());
        }
        Assert.Contains(keys, k => k.StartsWith("bf:ref:", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Contains("bf:activity:", StringComparison.Ordinal) || k.Contains("botframework-activity", StringComparison.Ordinal));
    }
}
