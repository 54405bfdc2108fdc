using System.Net;
using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using Conversational.Wallet;
using Conversational.Wallet.Tests.Redis;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>
/// Two instances sharing a real Redis: an activity delivered to both is handled once, and the conversation reference
/// kept by one lets the other's outbox answer.
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
    }
}
