using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Conversational.Bots.Tests.Hosting;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task Healthz_answers_healthy_over_real_http()
    {
        // Port 0 through "urls", not UseKestrel(0), which races when several hosts start at once (Mvc.Testing 10.0.0).
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("urls", "http://127.0.0.1:0"));
        factory.UseKestrel();
        factory.StartServer();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
