using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Tests.Api;
using Conversational.Bots.Tests.Channels.Telegram;
using Conversational.Bots.Tests.Channels.Twilio;

namespace Conversational.Bots.Tests.Channels;

/// <summary>
/// One person on Telegram and SMS in the real host: Telegram updates POSTed to the webhook (replies through a fake Bot
/// API), SMS through signed Twilio webhooks (messages sent later through a fake Twilio REST API). Amélie asks on
/// Telegram to link her phone, the code arrives by SMS, she types it on Telegram; wrong codes count down and lock.
/// </summary>
public sealed partial class TelegramSmsLinkingTests
{
    private const string Secret = "test_SECRET-0123456789";
    private const long Amelie = 5551234567;
    private const string Phone = "+33612345678";
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Channels", "Telegram", "Fixtures");

    private int _updateId = 800_100_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Linking_by_a_code_sent_by_sms_then_sending_by_sms_and_reading_the_balance_on_telegram()
    {
        await using var api = await FakeBotApi.StartAsync(Ct);
        await using var host = await StartAsync(api);

        await TelegramAsync(host, api, "/start", 1);
        await OperatorCalls.TopUpAsync(host.Client, "amelie_l", 50_00);
        Assert.Equal("J'ai envoyé un code à 6 chiffres au +33612345678. Tapez-le ici dans les 10 minutes pour le lier à votre porte-monnaie.",
            await TelegramAsync(host, api, "#lier 06 12 34 56 78", 2));
        await FakeBotApi.WaitUntilAsync(() => host.Api.Received(Phone).Count == 1);
        var code = SixDigits().Match(host.Api.Received(Phone)[0]).Value;
        Assert.Equal($"Code : {code} (10 min). Amélie (@amelie_l) veut lier cette conversation à son porte-monnaie. Ne le donnez à personne.",
            host.Api.Received(Phone)[0].Replace('\u00A0', ' '));

        Assert.Equal("Ce code n'est pas le bon. Il reste 4 essais.", await TelegramAsync(host, api, code == "000000" ? "111111" : "000000", 3));
        Assert.StartsWith("C'est lié : +33612345678 et cette conversation partagent désormais un seul porte-monnaie",
            await TelegramAsync(host, api, code, 4), StringComparison.Ordinal);

        Assert.Equal(["Envoyer 5,00 € à Bob (@bob) ? Il n'y a pas de frais.\n1 Confirmer  2 Annuler"],
            [.. TwilioHost.Messages(await host.SmsAsync(Phone, "#envoyer 5€ @bob")).Select(m => m.Replace('\u00A0', ' ').Replace('\u202F', ' '))]);
        Assert.StartsWith("C'est fait", TwilioHost.Messages(await host.SmsAsync(Phone, "1"))[0], StringComparison.Ordinal);
        Assert.Equal("Votre solde : 45,00 €.", await TelegramAsync(host, api, "#solde", 5));
    }

    [Fact]
    public async Task Five_wrong_codes_on_telegram_lock_linking_and_the_phone_stays_apart()
    {
        await using var api = await FakeBotApi.StartAsync(Ct);
        await using var host = await StartAsync(api);
        await TelegramAsync(host, api, "#link +33612345678", 1);
        await FakeBotApi.WaitUntilAsync(() => host.Api.Received(Phone).Count == 1);
        var code = SixDigits().Match(host.Api.Received(Phone)[0]).Value;
        var wrong = code == "000000" ? "111111" : "000000";

        for (var left = 4; left >= 1; left--)
        {
            Assert.Contains($"{left} tr", await TelegramAsync(host, api, wrong, 6 - left), StringComparison.Ordinal);
        }
        Assert.Equal("Too many wrong codes: linking is locked for 60 minutes. Nothing was linked.", await TelegramAsync(host, api, wrong, 6));
        Assert.Equal("Too many wrong codes: linking is locked for 60 minutes. Nothing was linked.", await TelegramAsync(host, api, code, 7));
        Assert.Equal(["Votre solde : 0,00 €."], [.. TwilioHost.Messages(await host.SmsAsync(Phone, "solde")).Select(m => m.Replace('\u00A0', ' ').Replace('\u202F', ' '))]);
    }

    private static Task<TwilioHost> StartAsync(FakeBotApi api) => TwilioHost.StartAsync(
        ("Telegram:BotToken", FakeBotApi.Token),
        ("Telegram:WebhookSecret", Secret),
        ("Telegram:WebhookUrl", "https://bots.example.test/webhooks/telegram"),
        ("Telegram:ApiBaseUrl", api.BaseUrl),
        // Every reply through the fake Bot API, where the test reads it (not in the webhook response).
        ("Telegram:ReplyInWebhookResponse", "false"));

    /// <summary>Amélie writes on Telegram; gives the text of the <paramref name="nth"/> message the bot sent her.</summary>
    private async Task<string> TelegramAsync(TwilioHost host, FakeBotApi api, string text, int nth)
    {
        var update = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Fixtures, "message-send-fr.json"), Ct))!;
        update["update_id"] = Interlocked.Increment(ref _updateId);
        update["message"]!["text"] = text;
        update["message"]!.AsObject().Remove("entities");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(TelegramWebhook.Path, UriKind.Relative))
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TelegramWebhook.SecretHeader, Secret);
        using var response = await host.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await FakeBotApi.WaitUntilAsync(() => api.Sent(Amelie).Count >= nth);
        return ((string)api.Sent(Amelie)[nth - 1]["text"]!).Replace('\u00A0', ' ').Replace('\u202F', ' ');
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
