using Conversational.Bots.Cli;

// `dotnet run --project src/Bots` serves; `... -- parse` reads messages from stdin (see README).
return await BotsCommandLine.Create().Parse(args).InvokeAsync();

/// <summary>The entry point; named so that WebApplicationFactory&lt;Program&gt; can host the service in tests.</summary>
public partial class Program;
