using Conversational.Bots.Channels;
using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>
/// Outbox messages longer than two SMS segments, sent through the fake REST API as several messages, and what a retry
/// does after a part was refused, or after a try whose answer was lost (Twilio may have taken it).
/// </summary>
public sealed class TwilioLongMessageTests
{
    private const string Lea = "+33612345678";
    private static readonly ChannelIdentity LeaSms = new("sms", Lea);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>About 900 GSM-7 characters in lines, with two choices: several parts of at most two segments.</summary>
    private static readonly OutboundReply Statement = new(
        string.Join("\n", Enumerable.Range(1, 14).Select(i => $"{i:D2}/11 Order DE-{i} paid 12.50 EUR, delivered to the relay point")),
        [new ReplyChoice("More", "more"), new ReplyChoice("Help", "help")]);

    private static IReadOnlyList<string> StatementParts => SmsSegments.Split(SmsText.Render(Statement), 2);

    [Fact]
    public async Task A_long_sms_goes_as_several_messages_of_at_most_two_segments_in_order()
    {
        await using var host = await TwilioHost.StartAsync();
        Assert.InRange(StatementParts.Count, 3, 5);

        await QueueAndDeliverAsync(host, Statement, created: StatementParts.Count);

        var received = host.Api.Received(Lea);
        Assert.Equal(StatementParts, received);
        Assert.All(received, part => Assert.InRange(SmsSegments.Count(part), 1, 2));
        Assert.EndsWith("1 More  2 Help", received[^1], StringComparison.Ordinal);
        Assert.All(host.Api.Calls, c => Assert.Equal(TwilioHost.OurNumber, c.Form["From"]));
        Assert.Empty(host.Api.Lookups);
    }

    [Fact]
    public async Task A_part_refused_with_429_is_retried_alone_and_the_parts_before_it_are_not_sent_again()
    {
        await using var host = await TwilioHost.StartAsync();
        host.Api.Answers.Enqueue((201, FakeTwilioApi.SendResponse, null));
        host.Api.Answers.Enqueue((429, """{"code":20429,"message":"Too Many Requests","status":429}""", "0"));

        await QueueAndDeliverAsync(host, Statement, created: StatementParts.Count);

        Assert.Equal(StatementParts, host.Api.Received(Lea));
        Assert.Equal(StatementParts.Count + 1, host.Api.Calls.Count);
        Assert.Empty(host.Api.Lookups);   // a 429 says for sure that nothing was created
    }

    [Fact]
    public async Task A_part_taken_by_twilio_whose_answer_was_lost_is_found_and_not_sent_twice()
    {
        await using var host = await TwilioHost.StartAsync();
        host.Api.Answers.Enqueue((201, FakeTwilioApi.SendResponse, null));
        host.Api.Answers.Enqueue((FakeTwilioApi.TakeAndHangUp, "", null));

        await QueueAndDeliverAsync(host, Statement, created: StatementParts.Count);

        Assert.Equal(StatementParts, host.Api.Received(Lea));
        Assert.Equal(StatementParts.Count, host.Api.Calls.Count);
        var lookup = Assert.Single(host.Api.Lookups);
        Assert.Contains("To=%2B33612345678", lookup, StringComparison.Ordinal);
        Assert.Contains("From=%2B33757000000", lookup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_lost_before_twilio_took_it_is_looked_up_then_sent_once()
    {
        await using var host = await TwilioHost.StartAsync();
        host.Api.Answers.Enqueue((FakeTwilioApi.HangUp, "", null));

        await QueueAndDeliverAsync(host, Statement, created: StatementParts.Count);

        Assert.Equal(StatementParts, host.Api.Received(Lea));
        Assert.Equal(StatementParts.Count + 1, host.Api.Calls.Count);
        Assert.Single(host.Api.Lookups);
    }

    [Fact]
    public async Task When_the_lookup_fails_nothing_is_sent_again_until_twilio_can_say()
    {
        await using var host = await TwilioHost.StartAsync();
        host.Api.Answers.Enqueue((FakeTwilioApi.TakeAndHangUp, "", null));
        host.Api.LookupStatuses.Enqueue(500);
        host.Api.LookupStatuses.Enqueue(503);

        await QueueAndDeliverAsync(host, OutboundReply.Plain("Your order DE-9 has shipped."), created: 1);

        Assert.Equal(["Your order DE-9 has shipped."], host.Api.Received(Lea));
        Assert.Single(host.Api.Calls);
        Assert.Equal(3, host.Api.Lookups.Count);
    }

    [Fact]
    public async Task A_500_is_looked_up_before_the_retry_because_twilio_may_have_created_the_message()
    {
        await using var host = await TwilioHost.StartAsync();
        host.Api.Answers.Enqueue((500, "oops", "0"));

        await QueueAndDeliverAsync(host, OutboundReply.Plain("Your order DE-4 has shipped."), created: 1);

        Assert.Equal(["Your order DE-4 has shipped."], host.Api.Received(Lea));
        Assert.Equal(2, host.Api.Calls.Count);
        Assert.Single(host.Api.Lookups);
    }

    [Fact]
    public async Task The_same_long_text_queued_again_after_it_was_sent_goes_whole_again()
    {
        await using var host = await TwilioHost.StartAsync();

        await QueueAndDeliverAsync(host, Statement, created: StatementParts.Count);
        await QueueAndDeliverAsync(host, Statement, created: 2 * StatementParts.Count);

        Assert.Equal([.. StatementParts, .. StatementParts], host.Api.Received(Lea));
    }

    [Fact]
    public async Task A_whatsapp_message_is_cut_only_above_1600_characters()
    {
        await using var host = await TwilioHost.StartAsync();
        var karim = new ChannelIdentity("whatsapp", "+33611223344");
        var text = string.Join(' ', Enumerable.Repeat("détail", 200));   // 1399 characters
        await host.Get<IConversationStore>().EnqueueAsync(karim, OutboundReply.Plain(text), Ct);
        await host.Get<IConversationStore>().EnqueueAsync(karim, OutboundReply.Plain(text + " " + text), Ct);

        await DeliveredAsync(host, 3, karim);

        var received = host.Api.Received("whatsapp:+33611223344");
        Assert.Equal(text, received[0]);
        Assert.Equal(text + " " + text, received[1] + " " + received[2]);
        Assert.All(received, r => Assert.InRange(r.Length, 1, TwilioSender.MaxBody));
    }

    [Fact]
    public async Task A_long_twiml_reply_is_cut_for_sms_but_not_for_whatsapp()
    {
        await using var host = await TwilioHost.StartAsync();

        var sms = TwilioHost.Messages(await host.SmsAsync(Lea, "HELP"));
        var (_, twiml, _) = await host.PostAsync(TwilioWebhook.MessagePath, TwilioHost.Form(Fixtures.WhatsApp, ("Body", "HELP")));
        var whatsapp = TwilioHost.Messages(twiml);

        Assert.True(sms.Count > 1);
        Assert.All(sms, part => Assert.InRange(SmsSegments.Count(part), 1, 2));
        var help = Assert.Single(whatsapp);
        Assert.Contains("#balance", help, StringComparison.Ordinal);
        Assert.InRange(help.Length, 1, TwilioSender.MaxBody);
    }

    [Fact]
    public void Twilio_dates_are_read_as_rfc_2822()
    {
        Assert.True(TwilioSender.TryParseDate("Thu, 24 Aug 2023 05:01:45 +0000", out var date));
        Assert.Equal(new DateTimeOffset(2023, 8, 24, 5, 1, 45, TimeSpan.Zero), date);
        Assert.True(TwilioSender.TryParseDate("Sun, 23 Nov 2026 09:00:00 +0100", out var paris));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), paris.ToUniversalTime());
        Assert.False(TwilioSender.TryParseDate(null, out _));
        Assert.False(TwilioSender.TryParseDate("yesterday", out _));
    }

    private static async Task QueueAndDeliverAsync(TwilioHost host, OutboundReply reply, int created)
    {
        await host.Get<IConversationStore>().EnqueueAsync(LeaSms, reply, Ct);
        await DeliveredAsync(host, created, LeaSms);
    }

    /// <summary>Delivers the outbox until Twilio created <paramref name="created"/> messages and these outboxes are empty.</summary>
    private static async Task DeliveredAsync(TwilioHost host, int created, params ChannelIdentity[] recipients)
    {
        var dispatcher = host.Get<OutboxDispatcher>();
        var store = host.Get<IConversationStore>();
        for (var i = 0; i < 300; i++)
        {
            await dispatcher.DeliverAsync(Ct);
            var empty = true;
            foreach (var recipient in recipients)
            {
                empty &= await store.PeekAsync(recipient, Ct) is null;
            }
            if (empty && host.Api.Created.Count >= created)
            {
                await Task.Delay(200, Ct);
                return;
            }
            await Task.Delay(100, Ct);
        }
        Assert.Fail($"The outbox was not delivered: {host.Api.Calls.Count} calls, {host.Api.Created.Count} created.");
    }
}
