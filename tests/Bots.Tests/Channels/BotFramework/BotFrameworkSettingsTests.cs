using System.Net;
using System.Text.Json.Nodes;
using Conversational.Bots.Channels.BotFramework;
using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using Conversational.Bots.Hosting;
using Conversational.Bots.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>
/// The channel is off without settings; anonymous mode (no AppId, for the Emulator) runs only in Development, with a loud
/// warning, and replies without a token; wrong settings stop the start naming the setting.
/// </summary>
public sealed class BotFrameworkSettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_settings_the_channel_is_off()
    {
        await using var service = ServiceFactory.Create();
        using var client = service.CreateClient();

        Assert.Null(service.Services.GetService<BotFrameworkSender>());
        using var response = await client.PostAsync(new Uri(BotFrameworkWebhook.Path, UriKind.Relative), new StringContent("{}"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_mode_is_refused_in_production()
    {
        await using var app = BotsHost.Build(
            ["--environment=Production", "--BotFramework:Enabled=true", "--urls=http://127.0.0.1:0", "--Admin:ApiKey=" + ServiceFactory.ApiKey]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains("BotFramework:AppId", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BotFramework:AppPassword", "", "AppPassword")]
    [InlineData("BotFramework:OpenIdMetadataUrl", "http://login.example.com/openid", "OpenIdMetadataUrl")]
    [InlineData("BotFramework:TokenEndpoint", "not a url", "TokenEndpoint")]
    [InlineData("BotFramework:Channels:0", "MS Teams", "Channels")]
    [InlineData("BotFramework:TrustedServiceHosts:0", "https://evil.example/", "TrustedServiceHosts")]
    public async Task Wrong_settings_stop_the_start_naming_the_setting(string key, string value, string named)
    {
        const string password = "secret-password-never-shown";
        await using var app = BotsHost.Build(
        [
            "--environment=Production", "--urls=http://127.0.0.1:0", "--Admin:ApiKey=" + ServiceFactory.ApiKey,
            "--BotFramework:AppId=" + ConnectorKeys.AppId, "--BotFramework:AppPassword=" + password, $"--{key}={value}",
        ]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(password, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_that_cannot_be_fetched_answer_503_and_nothing_is_processed()
    {
        await using var host = await BotFrameworkHost.StartAsync(false, ("BotFramework:OpenIdMetadataUrl", "http://127.0.0.1:9/v1/.well-known/openidconfiguration"));
        var activity = ActivityFixtures.Message(host.Connector.ServiceUrl, "k-1", "#balance");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await host.SendAsync(activity));

        await Task.Delay(300, Ct);
        Assert.Empty(host.Connector.Calls);
        Assert.Null(await host.Get<IPartyDirectory>().FindByIdentityAsync(
            new ChannelIdentity("botframework-msteams", ActivityFixtures.TeamsUser), Ct));
    }

    [Fact]
    public async Task Anonymous_mode_in_development_warns_accepts_the_emulator_and_replies_without_a_token()
    {
        await using var host = await BotFrameworkHost.StartAsync(anonymous: true);
        var activity = ActivityFixtures.Message(host.Connector.ServiceUrl, "emu-1", "#balance", a =>
        {
            a["channelId"] = "emulator";
            a["from"] = new JsonObject { ["id"] = "emulator-user-1", ["name"] = "User" };
            a["conversation"] = new JsonObject { ["id"] = "emulator-conversation-1" };
            a["locale"] = "en-US";
        });

        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(activity.ToJsonString(), authorization: null));

        await FakeConnector.WaitUntilAsync(() => host.Connector.Messages("emulator-conversation-1").Count == 1);
        Assert.All(host.Connector.Calls, c => Assert.Null(c.Authorization));
        Assert.Empty(host.Connector.TokenRequests);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("WITHOUT AUTHENTICATION", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Text.StartsWith("Channels on:", StringComparison.Ordinal)
            && l.Text.Contains("botframework-msteams", StringComparison.Ordinal) && l.Text.Contains("botframework-emulator", StringComparison.Ordinal));
    }
}
