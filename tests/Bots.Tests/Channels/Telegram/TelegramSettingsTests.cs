using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Hosting;
using Conversational.Bots.Tests.Api;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>The Telegram settings are checked at start-up; the channel is off without a token.</summary>
public sealed class TelegramSettingsTests
{
    [Theory]
    [InlineData("123456:TEST-token", null, "WebhookSecret")]
    [InlineData("123456:TEST-token", "has spaces in it", "WebhookSecret")]
    [InlineData("not-a-token", "good_secret", "BotToken")]
    public async Task Wrong_settings_stop_the_start_naming_the_setting(string token, string? secret, string named)
    {
        string[] args = secret is null ? [] : [$"--Telegram:WebhookSecret={secret}"];
        await using var app = BotsHost.Build([$"--Telegram:BotToken={token}", "--urls=http://127.0.0.1:0", "--Admin:ApiKey=" + ServiceFactory.ApiKey, .. args]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Polling_needs_no_secret_and_no_token_means_off()
    {
        Assert.Null(new TelegramOptions { BotToken = "123456:TEST-token", Mode = TelegramMode.Polling }.Problem());
        Assert.False(new TelegramOptions().Enabled);
        Assert.Equal("123456", new TelegramOptions { BotToken = "123456:TEST-token" }.BotId);
        using var service = ServiceFactory.Create();
        using var client = service.CreateClient();
        Assert.Null(service.Services.GetService(typeof(TelegramBot)));
    }
}
