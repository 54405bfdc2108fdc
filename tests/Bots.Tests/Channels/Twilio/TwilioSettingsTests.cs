using Conversational.Bots.Channels.Twilio;
using Conversational.Bots.Hosting;
using Conversational.Bots.Tests.Stores;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Tests.Channels.Twilio;

/// <summary>The channel's settings checked at start, and the status log in memory and in Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class TwilioSettingsTests(RedisStoreFixture redis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_without_an_account_stops_the_start_without_showing_the_token()
    {
        const string token = "very-secret-token-5c1e";
        await using var app = BotsHost.Build([$"--Twilio:AuthToken={token}", "--Twilio:WebhookBaseUrl=https://bots.example.com", "--Admin:ApiKey=test-operator-key-0123456789", "--urls=http://127.0.0.1:0"]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains("Twilio:AccountSid", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_public_webhook_url_the_start_is_refused()
    {
        await using var app = BotsHost.Build(["--Twilio:AccountSid=AC00000000000000000000000000000000", "--Twilio:AuthToken=token", "--Admin:ApiKey=test-operator-key-0123456789", "--urls=http://127.0.0.1:0"]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains("Twilio:WebhookBaseUrl", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_redis_the_status_log_and_the_conversations_live_in_redis()
    {
        await using var host = await TwilioHost.StartAsync(("ConnectionStrings:Redis", redis.Server.ConnectionString));
        var delivered = TwilioHost.Form(Fixtures.StatusDelivered, ("MessageSid", "SM" + Guid.NewGuid().ToString("N")));
        var sid = delivered.Single(p => p.Key == "MessageSid").Value;

        Assert.IsType<RedisTwilioStatusLog>(host.Get<ITwilioStatusLog>());
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await host.PostAsync(TwilioWebhook.StatusPath, delivered)).Status);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await host.PostAsync(TwilioWebhook.StatusPath, delivered)).Status);
        Assert.True(await redis.Connection.GetDatabase().KeyExistsAsync("{c}:twilio:status:" + sid + ":delivered"));
        Assert.Single(host.Logs.Lines, l => l.Contains(sid, StringComparison.Ordinal));

        var number = "+3361" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var messageSid = host.NextSid() + Guid.NewGuid().ToString("N")[..4];
        var first = await host.SmsAsync(number, "#balance", messageSid);
        Assert.Equal(first, await host.SmsAsync(number, "#balance", messageSid));
        Assert.Contains("€0.00", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_memory_status_log_remembers_a_status_for_a_week()
    {
        var time = new ManualTimeProvider();
        var log = new InMemoryTwilioStatusLog(time);

        Assert.True(await log.TryRecordAsync("SM1", "sent", Ct));
        Assert.False(await log.TryRecordAsync("SM1", "sent", Ct));
        Assert.True(await log.TryRecordAsync("SM1", "delivered", Ct));
        time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        Assert.True(await log.TryRecordAsync("SM1", "sent", Ct));
    }

    [Fact]
    public async Task The_redis_status_log_is_shared_and_expires_in_a_week()
    {
        var prefix = RedisStoreFixture.NewPrefix("twilio");
        var one = new RedisTwilioStatusLog(redis.Connection, prefix);
        var other = new RedisTwilioStatusLog(redis.Connection, prefix);

        Assert.True(await one.TryRecordAsync("SM1", "delivered", Ct));
        Assert.False(await other.TryRecordAsync("SM1", "delivered", Ct));
        Assert.True(await other.TryRecordAsync("SM1", "failed", Ct));
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync("{" + prefix + "}:twilio:status:SM1:delivered");
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
    }
}
