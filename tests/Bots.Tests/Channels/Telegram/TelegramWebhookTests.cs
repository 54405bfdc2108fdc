using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Conversational.Bots.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>The real host with Telegram on, a fake Bot API on loopback, and the fixture updates POSTed to the webhook.</summary>
public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private const string Secret = "test_SECRET-0123456789";
    private const long Amelie = 5551234567;
    private const long Sam = 5559876543;
    /// <summary>Copies of ../shared/fixtures/telegram, kept in the repository so a clean clone runs alone.</summary>
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Channels", "Telegram", "Fixtures");

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
            web.UseSetting("Telegram:WebhookUrl", "https://bots.example.test/webhooks/telegram");
            web.UseSetting("Telegram:ApiBaseUrl", _api.BaseUrl);
            // Every reply through the Bot API, where the fake records it (TelegramWebhookReplyTests covers replies in the response).
            web.UseSetting("Telegram:ReplyInWebhookResponse", "false");
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
    public async Task A_send_is_confirmed_with_the_inline_button_and_the_bot_is_set_up_at_start()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start")));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Amelie).Count == 1);
        await OperatorCalls.TopUpAsync(_client, "amelie_l", 50_00);

        var send = Fixture("message-send-fr.json", u =>
        {
            u["update_id"] = 800000101;
            u["message"]!["text"] = "#envoyer 20€ @bob";
        });
        Assert.Equal(HttpStatusCode.OK, await PostAsync(send));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Amelie).Count == 2);
        var question = _api.Sent(Amelie)[1];
        var buttons = question["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).ToList();
        Assert.Equal(2, buttons.Count);
        var confirm = (string)buttons[0]!["callback_data"]!;
        Assert.StartsWith("c:", confirm, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(confirm) <= 64);
        Assert.DoesNotContain("confirm", confirm, StringComparison.Ordinal);

        var press = Fixture("callback-query.json", u =>
        {
            u["update_id"] = 800000102;
            u["callback_query"]!["data"] = confirm;
        });
        Assert.Equal(HttpStatusCode.OK, await PostAsync(press));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Amelie).Count == 3);
        Assert.Equal("4382bfdwdsb323b2d9", (string)_api.Called("answerCallbackQuery").Single()["callback_query_id"]!);
        Assert.Null(_api.Called("answerCallbackQuery").Single()["text"]);
        Assert.Contains("20,00", (string)_api.Sent(Amelie)[2]["text"]!, StringComparison.Ordinal);
        Assert.Equal(120_00, await OperatorCalls.BalanceAsync(_client, "bob"));
        Assert.Equal(30_00, await OperatorCalls.BalanceAsync(_client, "amelie_l"));

        // setWebhook with the secret and the update types used; the username came from the settings or getMe.
        var hook = _api.Called("setWebhook").Single();
        Assert.Equal(Secret, (string)hook["secret_token"]!);
        Assert.Equal("https://bots.example.test/webhooks/telegram", (string)hook["url"]!);
        Assert.Contains("callback_query", hook["allowed_updates"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_delivered_three_times_moves_money_once_and_is_answered_once()
    {
        await PostAsync(Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start"));
        await OperatorCalls.TopUpAsync(_client, "amelie_l", 50_00);
        // bob becomes a known recipient, so the next small send needs no confirmation.
        await PostAsync(Fixture("message-send-fr.json", u => { u["update_id"] = 800000201; u["message"]!["text"] = "#envoyer 1€ @bob"; }));
        await PostAsync(Fixture("message-send-fr.json", u => { u["update_id"] = 800000202; u["message"]!["text"] = "oui"; }));
        Assert.Equal(49_00, await OperatorCalls.BalanceAsync(_client, "amelie_l"));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Amelie).Count == 3);

        var send = Fixture("message-send-fr.json", u => { u["update_id"] = 800000203; u["message"]!["text"] = "#envoyer 5€ @bob"; });
        var statuses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostAsync(send)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(44_00, await OperatorCalls.BalanceAsync(_client, "amelie_l"));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Amelie).Count == 4);
        await Task.Delay(500, Ct);
        Assert.Equal(4, _api.Sent(Amelie).Count);
    }

    [Fact]
    public async Task A_wrong_or_missing_secret_is_refused_and_nothing_is_processed()
    {
        var update = Fixture("message-command-en.json");
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(update, secret: null));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(update, secret: "wrong_secret"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(update, secret: Secret + "x"));

        await Task.Delay(300, Ct);
        Assert.Empty(_api.Sent(Sam));
        var directory = _service.Services.GetRequiredService<IPartyDirectory>();
        Assert.Null(await directory.FindByIdentityAsync(new ChannelIdentity("telegram", Sam.ToString(System.Globalization.CultureInfo.InvariantCulture)), Ct));
    }

    [Fact]
    public async Task Oversized_malformed_and_ignored_updates_get_413_400_and_200()
    {
        var big = "{\"update_id\":1,\"message\":{\"text\":\"" + new string('a', 1_100_000) + "\"}}";
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(big));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("{not json"));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("[1,2]"));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(Fixture("edited-message.json")));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("""{"update_id":800000301,"inline_query":{"id":"iq","from":{"id":1,"is_bot":false,"first_name":"X"},"query":"a","offset":""}}"""));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("""{"update_id":800000302,"some_future_type":{"x":1}}"""));

        await Task.Delay(300, Ct);
        Assert.DoesNotContain(_api.Calls, c => c.Method == "sendMessage");
    }

    [Fact]
    public async Task A_group_command_is_answered_in_private_and_other_group_messages_are_ignored()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Fixture("message-group-command.json", u => u["message"]!["text"] = "/balance@ConversationalBot")));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Sam).Count >= 1 && _api.Sent(-1001234567890).Count == 1);
        Assert.Equal("I've answered you in private.", (string)_api.Sent(-1001234567890)[0]["text"]!);
        var privately = _api.Sent(Sam).Count;

        Assert.Equal(HttpStatusCode.OK, await PostAsync(Fixture("message-group-command.json", u =>
        {
            u["update_id"] = 800000401;
            u["message"]!["text"] = "/balance@SomeOtherBot";
        })));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Fixture("message-group-command.json", u =>
        {
            u["update_id"] = 800000402;
            u["message"]!["text"] = "anyone up for dinner? 20€ each";
        })));
        await Task.Delay(500, Ct);
        Assert.Equal(privately, _api.Sent(Sam).Count);
        Assert.Single(_api.Sent(-1001234567890));
    }

    [Fact]
    public async Task A_group_command_delivered_again_is_answered_in_private_and_noted_in_the_group_once()
    {
        var command = Fixture("message-group-command.json", u => u["message"]!["text"] = "/balance@ConversationalBot");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(command));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(command));

        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Sam).Count >= 1 && _api.Sent(-1001234567890).Count == 1);
        await Task.Delay(300, Ct);
        // Nothing more for the group: not sent, nor waiting in its outbox (a group gets one message per 3 s).
        var group = new ChannelIdentity(TelegramSender.Channel, "-1001234567890");
        Assert.Null(await _service.Services.GetRequiredService<IConversationStore>().PeekAsync(group, Ct));
        Assert.Single(_api.Sent(-1001234567890));
    }

    [Fact]
    public async Task A_429_is_waited_for_then_the_message_is_delivered()
    {
        _api.TooManyRequests(1, retryAfterSeconds: 1);
        await PostAsync(Fixture("message-command-en.json", u => u["message"]!["text"] = "/start"));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Sam).Count == 2, TimeSpan.FromSeconds(15));
        var tries = _api.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.True(tries[1].At - tries[0].At >= TimeSpan.FromSeconds(0.9), $"waited {tries[1].At - tries[0].At}");
        Assert.Equal(tries[0].Body.ToJsonString(), tries[1].Body.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_button_is_answered_with_a_note_and_nothing_else()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Fixture("callback-query.json")));
        var answer = _api.Called("answerCallbackQuery").Single();
        Assert.Equal("Ce bouton a expiré. Écrivez à nouveau votre demande.", (string)answer["text"]!);
        await Task.Delay(300, Ct);
        Assert.DoesNotContain(_api.Calls, c => c.Method == "sendMessage");
    }

    [Fact]
    public async Task Blocking_the_bot_records_the_opt_out()
    {
        await PostAsync(Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start"));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Fixture("my-chat-member-blocked.json")));

        var directory = _service.Services.GetRequiredService<IPartyDirectory>();
        var person = await directory.FindByIdentityAsync(new ChannelIdentity("telegram", "5551234567"), Ct);
        Assert.Equal("amelie_l", person!.Handle);
        var stored = await _service.Services.GetRequiredService<IConversationStore>().LoadAsync(person.Account.Value, Ct);
        Assert.True(stored.Data.IsStopped(new ChannelIdentity("telegram", "5551234567")));
    }

    [Fact]
    public async Task Unblocking_the_bot_lifts_the_opt_out()
    {
        await PostAsync(Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start"));
        await PostAsync(Fixture("my-chat-member-blocked.json"));
        var amelie = new ChannelIdentity("telegram", "5551234567");
        var person = await _service.Services.GetRequiredService<IPartyDirectory>().FindByIdentityAsync(amelie, Ct);
        var store = _service.Services.GetRequiredService<IConversationStore>();
        Assert.True((await store.LoadAsync(person!.Account.Value, Ct)).Data.IsStopped(amelie));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(Fixture("my-chat-member-blocked.json", u =>
        {
            u["update_id"] = 800000008;
            u["my_chat_member"]!["old_chat_member"]!["status"] = "kicked";
            u["my_chat_member"]!["new_chat_member"]!["status"] = "member";
        })));

        Assert.False((await store.LoadAsync(person.Account.Value, Ct)).Data.IsStopped(amelie));
    }

    [Fact]
    public async Task A_403_on_sending_drops_the_message_and_records_the_opt_out()
    {
        await PostAsync(Fixture("message-send-fr.json", u => u["message"]!["text"] = "/start"));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Amelie).Count == 1);
        _api.Blocked[Amelie] = true;
        await PostAsync(Fixture("message-send-fr.json", u => { u["update_id"] = 800000601; u["message"]!["text"] = "#solde"; }));
        await FakeBotApi.WaitUntilAsync(() => _api.Sent(Amelie).Count == 2);

        var person = await _service.Services.GetRequiredService<IPartyDirectory>().FindByIdentityAsync(new ChannelIdentity("telegram", "5551234567"), Ct);
        var store = _service.Services.GetRequiredService<IConversationStore>();
        await FakeBotApi.WaitUntilAsync(() => store.LoadAsync(person!.Account.Value, Ct).Result.Data.IsStopped(new ChannelIdentity("telegram", "5551234567")));
        await FakeBotApi.WaitUntilAsync(() => store.PeekAsync(new ChannelIdentity("telegram", "5551234567"), Ct).Result is null);
        await Task.Delay(300, Ct);
        Assert.Equal(2, _api.Sent(Amelie).Count);   // dropped, not tried again
    }

    [Fact]
    public void Button_tokens_are_short_and_stable()
    {
        var value = "p:DE-7K3QX2MPRA:mode:RelayPoint";
        Assert.Equal(TelegramSender.Token(value), TelegramSender.Token(value));
        Assert.True(Encoding.UTF8.GetByteCount(TelegramSender.ChoicePrefix + TelegramSender.Token(value)) <= 16);
        Assert.True(TelegramWebhook.SecretMatches("abc", "abc"));
        Assert.False(TelegramWebhook.SecretMatches("abc", "abd"));
        Assert.False(TelegramWebhook.SecretMatches("", ""));
    }

    internal static string Fixture(string name, Action<JsonObject>? change = null)
    {
        var update = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, name)))!.AsObject();
        change?.Invoke(update);
        return update.ToJsonString();
    }

    private async Task<HttpStatusCode> PostAsync(string json, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(TelegramWebhook.Path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhook.SecretHeader, secret);
        }
        using var response = await _client.SendAsync(request, Ct);
        return response.StatusCode;
    }
}
