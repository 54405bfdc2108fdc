using System.Net;
using System.Text;
using System.Text.Json;
using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>
/// Replies given in the webhook response (Telegram:ReplyInWebhookResponse, on by default): one plain message comes back
/// as a sendMessage in the 200's body; anything with buttons goes through the Bot API; a redelivered update gets the
/// same answer and moves nothing again.
/// </summary>
public sealed class TelegramWebhookReplyTests : IAsyncLifetime
{
    private const string Secret = "test_SECRET-0123456789";
    private const long Amelie = 5551234567;

    private FakeBotApi _api = null!;
    private WebApplicationFactory<Program> _service = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync(Ct);
        _service = ServiceFactory.Create(web =>
        {
            web.UseSetting("Telegram:BotToken", FakeBotApi.Token);
            web.UseSetting("Telegram:WebhookSecret", Secret);
            web.UseSetting("Telegram:BotUsername", "ConversationalBot");
            web.UseSetting("Telegram:ApiBaseUrl", _api.BaseUrl);
        });
        _client = _service.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _service.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_plain_reply_comes_back_as_a_sendMessage_in_the_webhook_response()
    {
        await PostAsync(TelegramWebhookTests.Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start"));
        var sentBefore = _api.Sent(Amelie).Count;

        var (status, body) = await PostAsync(TelegramWebhookTests.Fixture("message-send-fr.json", u =>
        {
            u["update_id"] = 800000201;
            u["message"]!["text"] = "/solde";
        }));

        Assert.Equal(HttpStatusCode.OK, status);
        using var answer = JsonDocument.Parse(body);
        Assert.Equal("sendMessage", answer.RootElement.GetProperty("method").GetString());
        Assert.Equal(Amelie, answer.RootElement.GetProperty("chat_id").GetInt64());
        Assert.Contains("0,00", answer.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        await Task.Delay(300, Ct);
        Assert.Equal(sentBefore, _api.Sent(Amelie).Count);
    }

    [Fact]
    public async Task A_question_with_buttons_goes_through_the_Bot_API_and_the_response_is_empty()
    {
        await PostAsync(TelegramWebhookTests.Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start"));
        await OperatorCalls.TopUpAsync(_client, "amelie_l", 50_00);

        var (status, body) = await PostAsync(TelegramWebhookTests.Fixture("message-send-fr.json", u =>
        {
            u["update_id"] = 800000301;
            u["message"]!["text"] = "#envoyer 20€ @bob";
        }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", body);
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Amelie).Any(m => m["reply_markup"] is not null));
    }

    [Fact]
    public async Task An_update_delivered_three_times_moves_money_once_and_each_response_carries_the_same_reply()
    {
        await PostAsync(TelegramWebhookTests.Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start"));
        await OperatorCalls.TopUpAsync(_client, "amelie_l", 50_00);
        // bob becomes a known recipient (the question goes through the Bot API, the answer "oui" comes back inline).
        await PostAsync(TelegramWebhookTests.Fixture("message-send-fr.json", u => { u["update_id"] = 800000401; u["message"]!["text"] = "#envoyer 1€ @bob"; }));
        var (_, done) = await PostAsync(TelegramWebhookTests.Fixture("message-send-fr.json", u => { u["update_id"] = 800000402; u["message"]!["text"] = "oui"; }));
        Assert.Contains("1,00", done, StringComparison.Ordinal);
        Assert.Equal(49_00, await OperatorCalls.BalanceAsync(_client, "amelie_l"));

        var send = TelegramWebhookTests.Fixture("message-send-fr.json", u => { u["update_id"] = 800000403; u["message"]!["text"] = "#envoyer 5€ @bob"; });
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostAsync(send)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Contains("5,00", answers[0].Body, StringComparison.Ordinal);
        Assert.Equal(44_00, await OperatorCalls.BalanceAsync(_client, "amelie_l"));
        await Task.Delay(300, Ct);
        Assert.Single(_api.Sent(Amelie), m => m["reply_markup"] is not null);   // the first question, with its buttons
        Assert.DoesNotContain(_api.Sent(Amelie), m => ((string?)m["text"])?.Contains("5,00", StringComparison.Ordinal) == true);
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(TelegramWebhook.Path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TelegramWebhook.SecretHeader, Secret);
        using var response = await _client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
