using System.Net;
using System.Text;
using Conversational.Bots.Channels;
using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>
/// The Twilio channel end to end: the real host (Development, demo data) on a loopback port, signed webhooks in the
/// fixtures' shapes, and a fake Twilio REST API on another loopback port for what the outbox sends.
/// </summary>
public sealed class TwilioChannelTests
{
    private const string Lea = "+33612345678";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_phone_person_claims_money_and_sends_with_confirmation_and_a_redelivered_confirm_moves_it_once()
    {
        await using var host = await TwilioHost.StartAsync();
        var asked = await host.WebChatAsync(new { from = "alice", text = "#send 20EUR " + Lea, messageId = "w1" });
        var confirm = asked.GetProperty("replies")[0].GetProperty("choices")[0].GetProperty("value").GetString();
        await host.WebChatAsync(new { from = "alice", choice = confirm, messageId = "w2" });

        var hello = TwilioHost.Messages(await host.SmsAsync(Lea, "hello"));
        Assert.Equal("Alice (@alice) sent you €20.00. Do you accept it?\n1 Accept  2 Not now", hello[^1]);
        Assert.Equal(["Done: €20.00 from 1 transfer is now in your account. Your balance: €20.00."], TwilioHost.Messages(await host.SmsAsync(Lea, "1")));
        Assert.Equal(["Send €5.00 to Bob (@bob)? There is no fee.\n1 Confirm  2 Cancel"], TwilioHost.Messages(await host.SmsAsync(Lea, "#send 5EUR @bob")));

        var sid = host.NextSid();
        var first = await host.SmsAsync(Lea, "1", sid);
        var second = await host.SmsAsync(Lea, "1", sid);
        var third = await host.SmsAsync(Lea, "1", sid);

        Assert.Equal(["Done: you sent €5.00 to Bob (@bob). Your balance: €15.00."], TwilioHost.Messages(first));
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(["Your balance: €15.00."], TwilioHost.Messages(await host.SmsAsync(Lea, "#balance")));
    }

    [Fact]
    public async Task Forged_and_unsigned_requests_are_refused_and_nothing_is_processed()
    {
        await using var host = await TwilioHost.StartAsync();
        const string stranger = "+33611111111";
        var form = TwilioHost.Form(Fixtures.InboundSms, ("From", stranger), ("Body", "#balance"));
        var overLocalUrl = TwilioSignature.Compute(TwilioHost.AuthToken, host.Client.BaseAddress + "webhooks/twilio", form);
        var withOtherToken = TwilioSignature.Compute("not-the-token", TwilioHost.PublicUrl + TwilioWebhook.MessagePath, form);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.PostAsync(TwilioWebhook.MessagePath, form, sign: false)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.PostAsync(TwilioWebhook.MessagePath, form, overLocalUrl)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.PostAsync(TwilioWebhook.MessagePath, form, withOtherToken)).Status);
        var tampered = TwilioHost.Form(Fixtures.InboundSms, ("From", stranger), ("Body", "#balance"));
        var signature = TwilioSignature.Compute(TwilioHost.AuthToken, TwilioHost.PublicUrl + TwilioWebhook.MessagePath, tampered);
        tampered[tampered.FindIndex(p => p.Key == "Body")] = KeyValuePair.Create("Body", "#send 5EUR @bob");
        Assert.Equal(HttpStatusCode.Forbidden, (await host.PostAsync(TwilioWebhook.MessagePath, tampered, signature)).Status);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await host.PostAsync(TwilioWebhook.StatusPath, TwilioHost.Form(Fixtures.StatusDelivered), "bm90IGEgc2lnbmF0dXJl")).Status);

        Assert.Null(await host.Get<IPartyDirectory>().FindByIdentityAsync(new ChannelIdentity("sms", stranger), Ct));
        var refused = host.Logs.Lines.Where(l => l.StartsWith("Refused a Twilio webhook", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, refused.Count);
        Assert.Contains(refused, l => l.Contains("+3361111**11", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(stranger, StringComparison.Ordinal) || l.Contains(TwilioHost.AuthToken, StringComparison.Ordinal));
        Assert.True(await host.Get<ITwilioStatusLog>().TryRecordAsync("SM00112233445566778899aabbccddeeff", "delivered", Ct));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_a_malformed_one_400()
    {
        await using var host = await TwilioHost.StartAsync();
        var huge = TwilioHost.Form(Fixtures.InboundSms, ("Body", new string('x', 70_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await host.PostAsync(TwilioWebhook.MessagePath, huge)).Status);

        var noSid = TwilioHost.Form(Fixtures.InboundSms).Where(p => p.Key != "MessageSid").ToList();
        Assert.Equal(HttpStatusCode.BadRequest, (await host.PostAsync(TwilioWebhook.MessagePath, noSid)).Status);

        using var json = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync(new Uri(TwilioWebhook.MessagePath, UriKind.Relative), json, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_keyword_to_the_short_code_buys_on_the_phone_bill_once()
    {
        await using var host = await TwilioHost.StartAsync();
        var form = TwilioHost.Form(Fixtures.ShortCodeKeyword);

        var (status, twiml, type) = await host.PostAsync(TwilioWebhook.MessagePath, form);
        var again = await host.PostAsync(TwilioWebhook.MessagePath, form);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/xml", type);
        var messages = TwilioHost.Messages(twiml);
        Assert.Contains("Voici votre jeu Space Quest", messages[0], StringComparison.Ordinal);
        Assert.Contains("2,99", string.Join(" ", messages), StringComparison.Ordinal);
        Assert.Contains("sur votre facture de téléphone.", string.Join(" ", messages), StringComparison.Ordinal);
        Assert.Equal(twiml, again.Body);
        Assert.Contains("(2 au total)", messages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_gets_one_confirmation_then_silence_and_start_resumes()
    {
        await using var host = await TwilioHost.StartAsync();
        await host.SmsAsync(Lea, "hello");

        var (_, stopped, _) = await host.PostAsync(TwilioWebhook.MessagePath, TwilioHost.Form(Fixtures.Stop));
        Assert.Equal(["You won't get any more messages from us here. Send START whenever you want to come back."], TwilioHost.Messages(stopped));
        Assert.Empty(TwilioHost.Messages(await host.SmsAsync(Lea, "#balance")));
        Assert.Empty(TwilioHost.Messages(await host.SmsAsync(Lea, "STOP")));
        // HELP is still answered after STOP (carriers require it), without opting back in.
        Assert.Equal(["Conversational: you have unsubscribed and will get no more messages. Reply START to subscribe again."],
            TwilioHost.Messages(await host.SmsAsync(Lea, "HELP")));
        var redelivered = await host.PostAsync(TwilioWebhook.MessagePath, TwilioHost.Form(Fixtures.Stop));
        Assert.Equal(stopped, redelivered.Body);
        Assert.True(await host.Get<ChatOptOuts>().IsOptedOutAsync(new ChannelIdentity("sms", Lea), Ct));

        Assert.Equal(["Welcome back! Send HELP to see what I can do."], TwilioHost.Messages(await host.SmsAsync(Lea, "yes")));
        Assert.Equal(["Your balance: €0.00."], TwilioHost.Messages(await host.SmsAsync(Lea, "#balance")));
        Assert.False(await host.Get<ChatOptOuts>().IsOptedOutAsync(new ChannelIdentity("sms", Lea), Ct));
    }

    [Theory]
    [InlineData("CANCEL")]
    [InlineData("arrêt")]
    [InlineData(" Unsubscribe ")]
    public async Task Every_carrier_opt_out_word_stops_messages(string word)
    {
        await using var host = await TwilioHost.StartAsync();
        await host.SmsAsync(Lea, "hello");

        Assert.Single(TwilioHost.Messages(await host.SmsAsync(Lea, word)));
        Assert.Empty(TwilioHost.Messages(await host.SmsAsync(Lea, "hello")));
        Assert.Single(TwilioHost.Messages(await host.SmsAsync(Lea, "UNSTOP")));
    }

    [Fact]
    public async Task Help_and_whatsapp_answer_at_once()
    {
        await using var host = await TwilioHost.StartAsync();

        var help = TwilioHost.Messages(await host.SmsAsync(Lea, "HELP"));
        var (status, whatsapp, _) = await host.PostAsync(TwilioWebhook.MessagePath, TwilioHost.Form(Fixtures.WhatsApp));

        // The general help is longer than two segments: it comes as several SMS of at most two segments each.
        Assert.Contains("#balance", string.Join("\n", help), StringComparison.Ordinal);
        Assert.All(help, part => Assert.InRange(SmsSegments.Count(part), 1, 2));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(TwilioHost.Messages(whatsapp));
        Assert.NotNull(await host.Get<IPartyDirectory>().FindByIdentityAsync(new ChannelIdentity("whatsapp", "+33611223344"), Ct));
    }

    [Fact]
    public async Task An_outbox_message_goes_through_the_rest_api_with_basic_auth_and_the_right_form()
    {
        await using var host = await TwilioHost.StartAsync();
        var store = host.Get<IConversationStore>();
        await store.EnqueueAsync(new ChannelIdentity("sms", Lea),
            new OutboundReply("Your order DE-1 has shipped & is on its way.", [new ReplyChoice("Track", "orders"), new ReplyChoice("Help", "help")]), Ct);
        await store.EnqueueAsync(new ChannelIdentity("whatsapp", "+33611223344"), OutboundReply.Plain("Bonjour Karim"), Ct);

        await DeliveredAsync(host, 2, new ChannelIdentity("sms", Lea), new ChannelIdentity("whatsapp", "+33611223344"));

        var calls = host.Api.Calls.ToList();
        var sms = calls.Single(c => c.Form["To"] == Lea);
        Assert.Equal($"/2010-04-01/Accounts/{TwilioHost.AccountSid}/Messages.json", sms.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(TwilioHost.AccountSid + ":" + TwilioHost.AuthToken)), sms.Authorization);
        Assert.Equal(TwilioHost.OurNumber, sms.Form["From"]);
        Assert.Equal("Your order DE-1 has shipped & is on its way.\n1 Track  2 Help", sms.Form["Body"]);
        Assert.Equal(TwilioHost.PublicUrl + TwilioWebhook.StatusPath, sms.Form["StatusCallback"]);
        var whatsapp = calls.Single(c => c.Form["To"] == "whatsapp:+33611223344");
        Assert.Equal("whatsapp:+14155238886", whatsapp.Form["From"]);
        Assert.Equal("Bonjour Karim", whatsapp.Form["Body"]);
    }

    [Fact]
    public async Task A_429_then_a_500_are_retried_until_sent()
    {
        await using var host = await TwilioHost.StartAsync();
        host.Api.Answers.Enqueue((429, """{"code":20429,"message":"Too Many Requests","status":429}""", "0"));
        host.Api.Answers.Enqueue((500, "oops", "0"));
        var lea = new ChannelIdentity("sms", Lea);
        await host.Get<IConversationStore>().EnqueueAsync(lea, OutboundReply.Plain("Your order DE-2 has shipped."), Ct);

        await DeliveredAsync(host, 3, lea);

        Assert.Equal(3, host.Api.Calls.Count);
        Assert.All(host.Api.Calls, c => Assert.Equal("Your order DE-2 has shipped.", c.Form["Body"]));
    }

    [Fact]
    public async Task Error_21610_drops_the_message_and_opts_the_person_out()
    {
        await using var host = await TwilioHost.StartAsync();
        await host.SmsAsync(Lea, "hello");
        host.Api.Answers.Enqueue((400, FakeTwilioApi.Error21610, null));
        var lea = new ChannelIdentity("sms", Lea);
        await host.Get<IConversationStore>().EnqueueAsync(lea, OutboundReply.Plain("Your order DE-3 has shipped."), Ct);

        await DeliveredAsync(host, 1, lea);

        Assert.Single(host.Api.Calls);
        Assert.True(await host.Get<ChatOptOuts>().IsOptedOutAsync(lea, Ct));
        Assert.Empty(TwilioHost.Messages(await host.SmsAsync(Lea, "#balance")));
    }

    [Fact]
    public async Task A_status_callback_is_recorded_once_and_a_21610_failure_opts_out()
    {
        await using var host = await TwilioHost.StartAsync();
        await host.SmsAsync(Lea, "hello");
        var delivered = TwilioHost.Form(Fixtures.StatusDelivered);

        Assert.Equal(HttpStatusCode.NoContent, (await host.PostAsync(TwilioWebhook.StatusPath, delivered)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await host.PostAsync(TwilioWebhook.StatusPath, delivered)).Status);
        Assert.False(await host.Get<ITwilioStatusLog>().TryRecordAsync("SM00112233445566778899aabbccddeeff", "delivered", Ct));

        var failed = TwilioHost.Form(Fixtures.StatusDelivered, ("MessageSid", "SM0000000000000000000000000000f001"), ("MessageStatus", "failed"),
            ("SmsStatus", "failed"), ("ErrorCode", "21610"));
        Assert.Equal(HttpStatusCode.NoContent, (await host.PostAsync(TwilioWebhook.StatusPath, failed)).Status);
        Assert.True(await host.Get<ChatOptOuts>().IsOptedOutAsync(new ChannelIdentity("sms", Lea), Ct));
    }

    /// <summary>Delivers the outbox until the fake API got <paramref name="calls"/> requests and these outboxes are empty.</summary>
    private static async Task DeliveredAsync(TwilioHost host, int calls, params ChannelIdentity[] recipients)
    {
        var dispatcher = host.Get<OutboxDispatcher>();
        var store = host.Get<IConversationStore>();
        for (var i = 0; i < 100; i++)
        {
            await dispatcher.DeliverAsync(Ct);
            var empty = true;
            foreach (var recipient in recipients)
            {
                empty &= await store.PeekAsync(recipient, Ct) is null;
            }
            if (empty && host.Api.Calls.Count >= calls)
            {
                return;
            }
            await Task.Delay(100, Ct);
        }
        Assert.Fail($"The outbox was not delivered: {host.Api.Calls.Count} calls.");
    }
}
