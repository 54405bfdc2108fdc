using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Conversational.Bots.Tests.Api;

/// <summary>The real host in Development (demo data loaded) with an operator key, over in-memory stores.</summary>
public static class ServiceFactory
{
    public const string ApiKey = "test-operator-key-0123456789";

    public static WebApplicationFactory<Program> Create(Action<IWebHostBuilder>? configure = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("Admin:ApiKey", ApiKey);
            configure?.Invoke(web);
        });
}
