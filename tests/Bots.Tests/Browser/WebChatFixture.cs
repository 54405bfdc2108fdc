using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Conversational.Bots.Tests.Browser;

/// <summary>
/// The real host on real Kestrel (Development, so the demo people alice and bob exist with 100 EUR each) and one
/// headless Debian Chromium, shared by the tests of a class. Each test opens its own browser context, so
/// sessionStorage and transcripts start empty; the host's wallet is shared, so tests must not assume it is fresh.
/// </summary>
public sealed class WebChatFixture : IAsyncLifetime
{
    // Debian's package; Playwright 1.64.1 is built for its major version. No browser download step (TESTING-NOTES.md).
    private const string ChromiumPath = "/usr/bin/chromium";

    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the host listens, such as http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (test.sh does it).");
        }

        // Port 0 through the host's own "urls" setting, not UseKestrel(0): in Mvc.Testing 10.0.0, UseKestrel(port)
        // rewrites the server's addresses after the app has started binding on its own thread, and fails now and
        // then when tests start hosts in parallel ("IServerAddressesFeature.Addresses cannot be modified after the
        // server has started", dotnet/aspnetcore#67714).
        _factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(web => web.UseEnvironment("Development").UseSetting("urls", "http://127.0.0.1:0"));
        _factory.UseKestrel();
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        Address = new Uri(addresses.Addresses.First());

        // Chromium answers in its own time; give the bot's delayed messages (polled every 3 s) room to arrive.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root needs --no-sandbox; the network flags stop Chromium calling out.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (its own sessionStorage) whose relative URLs go to the host.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new() { BaseURL = Address.ToString(), Locale = "en-US" });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
