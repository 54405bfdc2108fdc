using Conversational.Bots.Hosting;
using Conversational.Commands;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Tests.Hosting;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Root_appsettings_are_read_so_the_parser_gets_the_configured_defaults()
    {
        await using var factory = new WebApplicationFactory<Program>();

        var context = factory.Services.GetRequiredService<ParseContext>();

        Assert.Equal("EUR", context.DefaultCurrency);
        Assert.Equal("FR", context.DefaultRegion);
    }

    [Fact]
    public async Task A_setting_overridden_by_configuration_reaches_the_parser()
    {
        await using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(web => web.UseSetting("Commands:DefaultCurrency", "TND"));

        var context = factory.Services.GetRequiredService<ParseContext>();
        var send = Assert.IsType<SendMoneyCommand>(CommandParser.Parse("#envoyer 5,125 @lea", context));

        Assert.Equal(5125, send.Amount.Minor);
        Assert.Equal("TND", send.Amount.Currency);
    }

    [Theory]
    [InlineData("Commands:DefaultCurrency", "EURO", "DefaultCurrency")]
    [InlineData("Commands:DefaultRegion", "XX", "DefaultRegion")]
    [InlineData("Commands:DefaultLanguage", "de", "DefaultLanguage")]
    public async Task An_invalid_setting_stops_the_service_at_start_naming_the_setting(string key, string value,
        string named)
    {
        await using var app = BotsHost.Build([$"--{key}={value}", "--urls=http://127.0.0.1:0"]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
