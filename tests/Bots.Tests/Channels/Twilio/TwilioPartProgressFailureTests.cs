using Conversational.Bots.Channels;
using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>An outbox message when the store of where its sending stands does not answer: sent from its first part
/// (maybe twice), never skipped, against the fake Twilio API.</summary>
public sealed class TwilioPartProgressFailureTests : IAsyncLifetime
{
    private const string Lea = "+33612345678";
    private static readonly ChannelIdentity LeaSms = new("sms", Lea);

    private static readonly OutboundReply Statement = new(
        string.Join("\n", Enumerable.Range(1, 14).Select(i => $"{i:D2}/11 Order DE-{i} paid 12.50 EUR, delivered to the relay point")),
        [new ReplyChoice("More", "more"), new ReplyChoice("Help", "help")]);

    private static readonly IReadOnlyList<string> Parts = SmsSegments.Split(SmsText.Render(Statement), TwilioSender.MaxSegments);

    private TwilioHost _host = null!;
    private FlakyTwilioState _state = null!;
    private TwilioSender _sender = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await TwilioHost.StartAsync();
        _state = new FlakyTwilioState(TimeProvider.System);
        _sender = ActivatorUtilities.CreateInstance<TwilioSender>(_host.Services, _state);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task When_the_store_does_not_answer_a_long_sms_is_sent_whole_once()
    {
        _state.FailAll = true;

        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(LeaSms, Statement, Ct)).Outcome);

        Assert.Equal(Parts, _host.Api.Received(Lea));
        Assert.Empty(_host.Api.Lookups);
    }

    [Fact]
    public async Task The_same_text_again_after_its_state_could_not_be_forgotten_is_sent_whole()
    {
        _state.FailForgets = true;
        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(LeaSms, Statement, Ct)).Outcome);
        _state.FailForgets = false;

        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(LeaSms, Statement, Ct)).Outcome);

        Assert.Equal([.. Parts, .. Parts], _host.Api.Received(Lea));
    }

    [Fact]
    public async Task When_the_state_cannot_be_forgotten_before_the_last_part_the_send_waits_and_goes_on_after_the_lookup()
    {
        var message = OutboundReply.Plain("Your order DE-9 has shipped.");
        _host.Api.Answers.Enqueue((FakeTwilioApi.HangUp, "", null));
        Assert.Equal(DeliveryOutcome.RetryLater, (await _sender.SendAsync(LeaSms, message, Ct)).Outcome);

        _state.FailForgets = true;
        Assert.Equal(DeliveryOutcome.RetryLater, (await _sender.SendAsync(LeaSms, message, Ct)).Outcome);
        Assert.Single(_host.Api.Calls);   // the lookup found nothing, and the part waits for the state to go

        _state.FailForgets = false;
        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(LeaSms, message, Ct)).Outcome);
        Assert.Equal(["Your order DE-9 has shipped."], _host.Api.Received(Lea));
        Assert.Equal(2, _host.Api.Lookups.Count);
    }

    [Fact]
    public async Task A_lost_answer_whose_state_cannot_be_read_is_sent_again_without_lookup()
    {
        var message = OutboundReply.Plain("Your order DE-4 has shipped.");
        _host.Api.Answers.Enqueue((FakeTwilioApi.TakeAndHangUp, "", null));
        Assert.Equal(DeliveryOutcome.RetryLater, (await _sender.SendAsync(LeaSms, message, Ct)).Outcome);

        _state.FailReads = true;
        Assert.Equal(DeliveryOutcome.Sent, (await _sender.SendAsync(LeaSms, message, Ct)).Outcome);

        Assert.Equal(["Your order DE-4 has shipped.", "Your order DE-4 has shipped."], _host.Api.Received(Lea));   // maybe twice
        Assert.Empty(_host.Api.Lookups);
    }
}
