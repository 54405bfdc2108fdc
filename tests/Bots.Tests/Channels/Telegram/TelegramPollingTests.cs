using Conversational.Bots.Tests.Api;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>Polling mode: no webhook, updates fetched with getUpdates from the fake Bot API.</summary>
public sealed class TelegramPollingTests
{
    [Fact]
    public async Task Polling_fetches_updates_asks_getMe_and_answers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = await FakeBotApi.StartAsync(ct);
        api.QueueUpdate(TelegramWebhookTests.Fixture("message-command-en.json", u => u["message"]!["text"] = "/start"));
        await using var service = ServiceFactory.Create(web =>
        {
            web.UseSetting("Telegram:BotToken", FakeBotApi.Token);
            web.UseSetting("Telegram:Mode", "Polling");
            web.UseSetting("Telegram:ApiBaseUrl", api.BaseUrl);
        });
        using var client = service.CreateClient();

        await FakeBotApi.WaitUntilAsync(() => api.Sent(5559876543).Count == 1, TimeSpan.FromSeconds(15));
        Assert.Single(api.Called("getMe"));
        Assert.Empty(api.Called("setWebhook"));
        using var response = await client.PostAsync(new Uri("/webhooks/telegram", UriKind.Relative), new StringContent("{}"), ct);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        // The next getUpdates asks from the update after the one handled.
        await FakeBotApi.WaitUntilAsync(() => api.Called("getUpdates").Any(b => (int?)b["offset"] == 800000003));
    }
}
