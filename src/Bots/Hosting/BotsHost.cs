using Conversational.Bots.Phones;
using Conversational.Commands;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Hosting;

/// <summary>Builds the web service: a table of contents of what it serves.</summary>
internal static class BotsHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json lives at the repository root and is copied beside the binary;
            // `dotnet run --project src/Bots` would otherwise read src/Bots and miss it.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddCommandParsing();
        builder.Services.AddWallet(builder.Configuration);
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.MapHealthChecks("/healthz");
        return app;
    }

    /// <summary>The parser's settings, validated at start-up, and the <see cref="ParseContext"/> built from them.</summary>
    public static IServiceCollection AddCommandParsing(this IServiceCollection services)
    {
        services.AddOptions<CommandsOptions>().BindConfiguration(CommandsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommandsOptions>, CommandsOptions.Validator>();
        services.AddSingleton<IPhoneNumberReader, LibPhoneNumberReader>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CommandsOptions>>().Value
            .ToParseContext(sp.GetRequiredService<IPhoneNumberReader>()));
        return services;
    }
}
