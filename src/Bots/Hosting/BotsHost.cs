using Conversational.Bots.Admin;
using Conversational.Bots.Chat;
using Conversational.Bots.Merchants;
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
        builder.Services.AddConversations(builder.Configuration);
        builder.Services.AddCommerceStores(builder.Configuration);
        builder.Services.AddMerchants();
        builder.Services.AddChannels(builder.Configuration);
        builder.Services.AddAdmin(builder.Environment);
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddHostedService<DemoData>();
        }
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.MapHealthChecks("/healthz");
        // The local web chat believes whoever the page says they are: it is for trying the service on one's own
        // machine, so outside Development it is off unless an operator turns it on knowingly.
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("WebChat:Enabled"))
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapChat();
        }
        app.MapAdmin();
        app.MapMerchants();
        app.MapChannels();
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

    /// <summary>The operator API's key: at least 16 characters when set, and required outside Development and tests.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section)
            .Validate(o => o.ApiKey is null or "" || o.ApiKey.Length >= 16, "Admin:ApiKey must be at least 16 characters.")
            .Validate(o => !environment.IsProduction() || !string.IsNullOrEmpty(o.ApiKey),
                "Admin:ApiKey is required in Production: set it (e.g. the environment variable Admin__ApiKey) to protect the operator API.")
            .ValidateOnStart();
        services.AddSingleton<ApiKeyFilter>();
        return services;
    }
}
