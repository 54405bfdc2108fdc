using Conversational.Bots.Channels;
using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Conversations;
using Conversational.Bots.Tests.Api;
using Conversational.Wallet.Tests.Redis;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>A long SMS half sent by one instance is finished by the next (a restart: a new host and sender, the same
/// Redis) from where it stood, the lookup of a part whose answer was lost included, against the fake Twilio API.</summary>
public sealed class TwilioLongMessageRestartTests
{
    private const string Lea = "+33612345678";
    private static readonly ChannelIdentity LeaSms = new("sms", Lea);

    private static readonly OutboundReply Statement = new(
        string.Join("\n", Enumerable.Range(1, 14).Select(i => $"{i:D2}/11 Order DE-{i} paid 12.50 EUR, delivered to the relay point")),
        [new ReplyChoice("More", "more"), new ReplyChoice("Help", "help")]);

    [Fact]
    public async Task After_a_restart_a_half_sent_long_sms_resumes_at_the_next_part_after_looking_up_the_lost_one()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var redis = await RedisServer.StartAsync(cancellationToken: ct);
        await using var api = await FakeTwilioApi.StartAsync();
        WebApplicationFactory<Program> Instance() => ServiceFactory.Create(web =>
        {
            web.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
            web.UseSetting("Twilio:AccountSid", TwilioHost.AccountSid);
            web.UseSetting("Twilio:AuthToken", TwilioHost.AuthToken);
            web.UseSetting("Twilio:WebhookBaseUrl", TwilioHost.PublicUrl);
            web.UseSetting("Twilio:ApiBaseUrl", api.Url);
            web.UseSetting("Twilio:MessagingFrom", TwilioHost.OurNumber);
        });
        var parts = SmsSegments.Split(SmsText.Render(Statement), TwilioSender.MaxSegments);
        Assert.InRange(parts.Count, 3, 5);
        // Part 1 goes; part 2 is taken by Twilio but its answer is lost: the instance stops before retrying.
        api.Answers.Enqueue((201, FakeTwilioApi.SendResponse, null));
        api.Answers.Enqueue((FakeTwilioApi.TakeAndHangUp, "", null));

        await using (var before = Instance())
        {
            var first = await before.Services.GetRequiredService<TwilioSender>().SendAsync(LeaSms, Statement, ct);
            Assert.Equal(DeliveryOutcome.RetryLater, first.Outcome);
        }
        await using var after = Instance();
        var second = await after.Services.GetRequiredService<TwilioSender>().SendAsync(LeaSms, Statement, ct);

        Assert.Equal(DeliveryOutcome.Sent, second.Outcome);
        Assert.Equal(parts, api.Received(Lea));
        Assert.Equal(parts.Count, api.Calls.Count);   // part 2 was found, not sent again; part 1 never again
        Assert.Single(api.Lookups);
    }
}
