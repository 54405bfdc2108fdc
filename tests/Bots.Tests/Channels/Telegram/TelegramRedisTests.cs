using System.Net;
using System.Text;
using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Tests.Api;
using Conversational.Wallet.Tests.Redis;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>Two instances sharing a real Redis: a button sent by one is understood by the other, and an update delivered to
/// both is handled once.</summary>
public sealed class TelegramRedisTests
{
    private const string Secret = "redis_SECRET-0123456789";
    private const long Amelie = 5551234567;

    [Fact]
    public async Task Buttons_and_handled_updates_are_shared_between_instances()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartAsync(cancellationToken: ct);
        await using var api = await FakeBotApi.StartAsync(ct);
        WebApplicationFactory<Program> Instance() => ServiceFactory.Create(web =>
        {
            web.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
            web.UseSetting("Telegram:BotToken", FakeBotApi.Token);
            web.UseSetting("Telegram:WebhookSecret", Secret);
            web.UseSetting("Telegram:BotUsername", "ConversationalBot");
            web.UseSetting("Telegram:ApiBaseUrl", api.BaseUrl);
            // Every reply through the Bot API, where the fake records it (TelegramWebhookReplyTests covers replies in the response).
            web.UseSetting("Telegram:ReplyInWebhookResponse", "false");
        });
        await using var first = Instance();
        await using var second = Instance();
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        await PostAsync(a, TelegramWebhookTests.Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start"));
        await OperatorCalls.TopUpAsync(a, "amelie_l", 50_00);
        var send = TelegramWebhookTests.Fixture("message-send-fr.json", u => { u["update_id"] = 800000501; u["message"]!["text"] = "#envoyer 20€ @bob"; });
        var statuses = await Task.WhenAll(PostAsync(a, send), PostAsync(b, send), PostAsync(a, send));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await FakeBotApi.WaitUntilAsync(() => api.Sent(Amelie).Count == 2);
        var confirm = (string)api.Sent(Amelie)[1]["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!;

        var press = TelegramWebhookTests.Fixture("callback-query.json", u => { u["update_id"] = 800000502; u["callback_query"]!["data"] = confirm; });
        Assert.Equal(HttpStatusCode.OK, await PostAsync(b, press));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(a, press));
        await FakeBotApi.WaitUntilAsync(() => api.Sent(Amelie).Count == 3);
        Assert.StartsWith("C'est fait", (string)api.Sent(Amelie)[2]["text"]!, StringComparison.Ordinal);
        await Task.Delay(500, ct);
        Assert.Equal(3, api.Sent(Amelie).Count);
        Assert.Equal(120_00, await OperatorCalls.BalanceAsync(b, "bob"));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(TelegramWebhook.Path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TelegramWebhook.SecretHeader, Secret);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
