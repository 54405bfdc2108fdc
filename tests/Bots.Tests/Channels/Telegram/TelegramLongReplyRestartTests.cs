using Conversational.Bots.Channels;
using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Conversations;
using Conversational.Bots.Tests.Api;
using Conversational.Wallet.Tests.Redis;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>A long reply half sent by one instance is finished by the next (a restart: a new host and sender, the same
/// Redis) from the part that failed, against the fake Bot API.</summary>
public sealed class TelegramLongReplyRestartTests
{
    private const long Chat = 5551234567;
    private static readonly ChannelIdentity Person = new("telegram", "5551234567");

    [Fact]
    public async Task After_a_restart_a_half_sent_long_reply_resumes_at_the_part_that_failed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartAsync(cancellationToken: ct);
        await using var api = await FakeBotApi.StartAsync(ct);
        WebApplicationFactory<Program> Instance() => ServiceFactory.Create(web =>
        {
            web.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
            web.UseSetting("Telegram:BotToken", FakeBotApi.Token);
            web.UseSetting("Telegram:WebhookSecret", "restart_SECRET-0123456789");
            web.UseSetting("Telegram:ApiBaseUrl", api.BaseUrl);
        });
        var reply = new OutboundReply(
            string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"Mouvement {i:D2} 🧾 : " + string.Join(' ', Enumerable.Repeat("détail", 40)))),
            [new ReplyChoice("Plus", "more"), new ReplyChoice("Aide", "help")]);
        var parts = TelegramMessageParts.Split(reply.Text);
        Assert.Equal(3, parts.Count);
        // Part 1 goes, part 2 gets a 502: the outbox keeps the reply, and the instance stops before retrying it.
        api.SendStatuses.Enqueue(200);
        api.SendStatuses.Enqueue(502);

        await using (var before = Instance())
        {
            var first = await before.Services.GetRequiredService<TelegramSender>().SendAsync(Person, reply, ct);
            Assert.Equal(DeliveryOutcome.RetryLater, first.Outcome);
        }
        await using var after = Instance();
        var second = await after.Services.GetRequiredService<TelegramSender>().SendAsync(Person, reply, ct);

        Assert.Equal(DeliveryOutcome.Sent, second.Outcome);
        Assert.Equal(parts, api.Delivered(Chat));
        Assert.Equal(4, api.Sent(Chat).Count);   // parts 1, 2 (502), 2, 3
        Assert.NotNull(api.Accepted.Last()["reply_markup"]);
    }
}
