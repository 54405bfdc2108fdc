using System.Text.Json;
using System.Text.RegularExpressions;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>
/// Linking across two real channels of the running host: the web chat asks to link a phone number, the code leaves
/// through the outbox and the fake Twilio REST API (what the phone receives), is typed back in the web chat, and then
/// money sent by SMS shows in the balance read on the web chat.
/// </summary>
public sealed partial class TwilioLinkingTests
{
    private const string Lea = "+33612345678";

    [Fact]
    public async Task The_web_chat_links_a_phone_by_a_code_sent_by_sms_then_both_use_one_wallet()
    {
        await using var host = await TwilioHost.StartAsync();
        Assert.Equal(["I sent a 6-digit code to +33612345678. Type it here within 10 minutes to link it to your wallet."],
            Replies(await host.WebChatAsync(new { from = "alice", text = "#link +33612345678", messageId = "l1" })));
        var sms = await ReceivedAsync(host, 1);
        var code = SixDigits().Match(sms[0]).Value;
        Assert.Equal($"Code : {code} (10 min). Alice (@alice) veut lier cette conversation à son porte-monnaie. Ne le donnez à personne.",
            sms[0].Replace('\u00A0', ' '));

        Assert.Equal(["That code is not right. 4 tries left."],
            Replies(await host.WebChatAsync(new { from = "alice", text = code == "000000" ? "111111" : "000000", messageId = "l2" })));
        Assert.StartsWith("Linked: +33612345678 and this chat now share one wallet",
            Replies(await host.WebChatAsync(new { from = "alice", text = code, messageId = "l3" }))[0], StringComparison.Ordinal);
        Assert.Equal("This chat is now linked to the wallet of Alice (@alice). If that is not you, send #unlink here.", (await ReceivedAsync(host, 2))[1]);

        Assert.Equal(["Send €5.00 to Bob (@bob)? There is no fee.\n1 Confirm  2 Cancel"], TwilioHost.Messages(await host.SmsAsync(Lea, "#send 5EUR @bob")));
        Assert.Equal(["Done: you sent €5.00 to Bob (@bob). Your balance: €95.00."], TwilioHost.Messages(await host.SmsAsync(Lea, "1")));
        Assert.Equal(["Your balance: €95.00."], Replies(await host.WebChatAsync(new { from = "alice", text = "#balance", messageId = "l4" })));
    }

    /// <summary>Waits for the outbox to have sent <paramref name="count"/> messages to the phone.</summary>
    private static async Task<IReadOnlyList<string>> ReceivedAsync(TwilioHost host, int count)
    {
        for (var i = 0; i < 200 && host.Api.Received(Lea).Count < count; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        var received = host.Api.Received(Lea);
        Assert.Equal(count, received.Count);
        return received;
    }

    private static IReadOnlyList<string> Replies(JsonElement answer) =>
        [.. answer.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()!)];

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
