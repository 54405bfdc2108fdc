using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using Conversational.Bots.Hosting;
using Conversational.Wallet;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Benchmarks.Load;

/// <summary>
/// The conversation end to end through the local chat API, against the bare Kestrel JSON endpoint of the shared
/// yardstick (bench/baseline-dotnet, BENCH_MODE=json) measured in the same run with the same load generator: 64
/// connections (one HttpClient each, like wrk -c64), each doing one request at a time. A service iteration is
/// "send" (<c>#send 0.01EUR @rcvK</c>, the reply's Confirm button is read) then "confirm" (the button pressed, the
/// reply must start with "Done:"); with <c>Conversations:ConfirmAbove=0</c> every send asks. Rounds alternate
/// baseline and service; each phase starts its server afresh, warms up, measures, checks and stops it. The
/// service's phase ends with the ledger check and every account's balance against the transfers counted here.
/// Last, the same iterations go through the conversation engine in this process (no HTTP): CPU and bytes allocated
/// per send+confirm, the figures to watch when working on the engine. Options and results: docs/benchmarks.md.
/// </summary>
internal static class ChatLoad
{
    private const string Secret = "bench-secret-token";
    private const string ApiKey = "bench-operator-key-123456";
    private const long SenderFunding = 1_000_00;
    private const long AmountMinor = 1;
    private const string AmountText = "0.01EUR";
    private static readonly string[] BaselineFiles = ["Program.cs", "BaselineDotnet.csproj", "appsettings.json"];

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = Option(args, "--rounds", 3);
        var warmup = Option(args, "--warmup", 3);
        var duration = Option(args, "--duration", 10);
        var connections = Option(args, "--connections", 64);
        var senders = Option(args, "--senders", 1_000);
        var recipients = Option(args, "--recipients", 1_000);
        var quietMax = Option(args, "--quiet-max", 20);
        var engineIterations = Option(args, "--engine-iterations", 20_000);
        if (senders < connections)
        {
            throw new ArgumentException("--senders must be at least --connections: each connection owns its senders.");
        }
        var root = RepositoryRoot();
        var serviceDll = TextOption(args, "--service-dll")
            ?? Path.Combine(root, "src", "Bots", "bin", "Release", "net10.0", "Conversational.Bots.dll");
        if (!File.Exists(serviceDll))
        {
            Console.Error.WriteLine($"No Release build of the service at {serviceDll}: run `dotnet build -c Release src/Bots` first.");
            return 2;
        }
        var benchDir = TextOption(args, "--bench-dir") ?? Environment.GetEnvironmentVariable("BENCH_DIR")
            ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "bench"));
        var baselineDll = TextOption(args, "--baseline-dll") ?? await BaselineDllAsync(benchDir);
        // --service-env KEY=VALUE (repeatable), e.g. DOTNET_PerfMapEnabled=1 to profile the service with perf.
        var serviceEnvironment = args.Select((a, i) => (a, i)).Where(p => p.a == "--service-env" && p.i + 1 < args.Length)
            .Select(p => args[p.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");

        Console.WriteLine($"chat-load: {rounds} rounds (baseline, service alternating), warm-up {warmup} s, measured {duration} s, "
            + $"{connections} connections; {senders:N0} senders funded {SenderFunding / 100:N0} EUR, {recipients:N0} recipients, "
            + $"{AmountText} per transfer");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}, "
            + $"{RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");
        Console.WriteLine($"service:  {serviceDll} (built {File.GetLastWriteTime(serviceDll):yyyy-MM-dd HH:mm})");
        Console.WriteLine($"baseline: {baselineDll}");

        var baseline = new List<Phase>();
        var service = new List<Phase>();
        var problems = new List<string>();
        for (var round = 1; round <= rounds; round++)
        {
            var b = await BaselinePhaseAsync(baselineDll, round, connections, warmup, duration, quietMax);
            Console.WriteLine(b.Describe());
            baseline.Add(b);
            var s = await ServicePhaseAsync(
                serviceDll, serviceEnvironment, round, connections, warmup, duration, quietMax, senders, recipients);
            Console.WriteLine(s.Describe());
            Console.WriteLine($"  round {round}: service ÷ baseline requests/s = {s.RequestsPerSecond / b.RequestsPerSecond:F2}, "
                + $"server CPU per request {s.ServerCpuMicros / b.ServerCpuMicros:F1}×");
            service.Add(s);
            problems.AddRange(b.Problems.Concat(s.Problems).Select(p => $"round {round}: {p}"));
        }

        var ratios = baseline.Zip(service, (b, s) => s.RequestsPerSecond / b.RequestsPerSecond).ToList();
        var cpuRatios = baseline.Zip(service, (b, s) => s.ServerCpuMicros / b.ServerCpuMicros).ToList();
        Console.WriteLine();
        Console.WriteLine($"median baseline: {Median(baseline, p => p.RequestsPerSecond):N0} req/s, "
            + $"p50 {Median(baseline, p => p.P50Ms):F2} ms, p99 {Median(baseline, p => p.P99Ms):F2} ms, "
            + $"server CPU {Median(baseline, p => p.ServerCpuMicros):F0} µs/req, client CPU {Median(baseline, p => p.ClientCpuMicros):F0} µs/req");
        Console.WriteLine($"median service:  {Median(service, p => p.RequestsPerSecond):N0} req/s "
            + $"({Median(service, p => p.IterationsPerSecond):N0} send+confirm/s), "
            + $"p50 {Median(service, p => p.P50Ms):F2} ms, p99 {Median(service, p => p.P99Ms):F2} ms, "
            + $"server CPU {Median(service, p => p.ServerCpuMicros):F0} µs/req, client CPU {Median(service, p => p.ClientCpuMicros):F0} µs/req");
        var ratio = Median(ratios);
        Console.WriteLine($"service ÷ baseline requests/s, paired by round: {string.Join(", ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}; "
            + $"median {ratio:F2} (bar 0.40: {(ratio >= 0.4 ? "met" : "missed")}); server CPU per request {Median(cpuRatios):F1}× the baseline's");
        if (engineIterations > 0)
        {
            await EngineAsync(senders, recipients, engineIterations);
        }
        if (problems.Count > 0)
        {
            Console.WriteLine($"CHECKS FAILED ({problems.Count}):");
            foreach (var problem in problems.Take(20))
            {
                Console.WriteLine("  " + problem);
            }
            return 1;
        }
        Console.WriteLine("checks: every reply as expected, ledger check ok, every balance equal to the transfers counted");
        return 0;
    }

    // ---- the two phases ----

    private static async Task<Phase> BaselinePhaseAsync(string dll, int round, int connections, int warmup, int duration, int quietMax)
    {
        var environment = new Dictionary<string, string?>
        {
            ["BENCH_MODE"] = "json",
            ["BENCH_SECRET"] = Secret,
            ["ASPNETCORE_ENVIRONMENT"] = null,
            ["DOTNET_ENVIRONMENT"] = null,
        };
        await using var server = await Server.StartAsync("baseline", dll, environment, BaselineReadyAsync);
        await WaitQuietAsync(quietMax);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var updates = 0L;
        // The shared yardstick's request (wrk/common.lua): a private-chat Update carrying "/send 1EUR @user<k>".
        return await MeasureAsync("baseline", round, server, connections, warmup, duration, async (worker, client, buffer, meter) =>
        {
            var random = meter.RandomOf(worker);
            var (from, to) = (random.Next(10_000), random.Next(10_000));
            var id = Interlocked.Increment(ref updates);
            var user = $"\"id\":{1_000_000 + from},\"first_name\":\"User{from}\",\"username\":\"user{from}\"";
            var body = $"{{\"update_id\":{1_000_000_000 + id},\"message\":{{\"message_id\":{id},"
                + $"\"from\":{{{user},\"is_bot\":false,\"language_code\":\"en\"}},\"chat\":{{{user},\"type\":\"private\"}},"
                + $"\"date\":{now},\"text\":\"/send 1EUR @user{to}\",\"entities\":[{{\"offset\":0,\"length\":5,\"type\":\"bot_command\"}}]}}}}";
            var (status, length) = await PostAsync(client, "/webhooks/telegram", body, telegram: true, buffer, meter, worker);
            if (status != HttpStatusCode.OK || length != 60)
            {
                meter.Fail($"webhook answered {(int)status} with {length} bytes");
                return;
            }
            meter.Iteration();
        });
    }

    private static async Task<Phase> ServicePhaseAsync(
        string dll, Dictionary<string, string> extraEnvironment, int round, int connections, int warmup, int duration, int quietMax, int senders, int recipients)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Conversations__ConfirmAbove"] = "0",
            ["Admin__ApiKey"] = ApiKey,
            ["ConnectionStrings__Redis"] = "",
        };
        foreach (var (key, value) in extraEnvironment)
        {
            environment[key] = value;
        }
        await using var server = await Server.StartAsync("service", dll, environment, ServiceReadyAsync);
        await SeedAsync(server, senders, recipients);
        await WaitQuietAsync(quietMax);

        var sent = new long[senders];
        var received = new long[recipients];
        var owned = Enumerable.Range(0, connections)
            .Select(w => Enumerable.Range(0, senders).Where(i => i % connections == w).ToArray()).ToArray();
        var next = new int[connections];
        var phase = await MeasureAsync("service", round, server, connections, warmup, duration, async (worker, client, buffer, meter) =>
        {
            // A connection owns its senders, so a sender's send and confirm never interleave with another's.
            var mine = owned[worker];
            var sender = mine[next[worker]++ % mine.Length];
            var recipient = meter.RandomOf(worker).Next(recipients);
            var id = $"r{round}w{worker}n{next[worker]}";
            var send = $$"""{"from":"snd{{sender}}","text":"#send {{AmountText}} @rcv{{recipient}}","messageId":"{{id}}s"}""";
            var (status, length) = await PostAsync(client, "/api/chat/messages", send, telegram: false, buffer, meter, worker);
            var choice = status == HttpStatusCode.OK ? ConfirmChoice(buffer.AsSpan(0, length)) : null;
            if (choice is null)
            {
                meter.Fail($"send answered {(int)status}: {Encoding.UTF8.GetString(buffer, 0, Math.Min(length, 300))}");
                return;
            }
            var confirm = $$"""{"from":"snd{{sender}}","choice":"{{choice}}","messageId":"{{id}}c"}""";
            (status, length) = await PostAsync(client, "/api/chat/messages", confirm, telegram: false, buffer, meter, worker);
            if (status != HttpStatusCode.OK || !FirstTextStartsWith(buffer.AsSpan(0, length), "Done:"u8))
            {
                meter.Fail($"confirm answered {(int)status}: {Encoding.UTF8.GetString(buffer, 0, Math.Min(length, 300))}");
                return;
            }
            Interlocked.Increment(ref sent[sender]);
            Interlocked.Increment(ref received[recipient]);
            meter.Iteration();
        });
        var problems = await CheckMoneyAsync(server, phase.AllIterations, sent, received);
        return phase with { Problems = [.. phase.Problems, .. problems] };
    }

    /// <summary>Senders sndI (verified, funded) and recipients rcvK (verified): each says "#balance" first, which creates them.</summary>
    private static async Task SeedAsync(Server server, int senders, int recipients)
    {
        using var admin = server.Client();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var people = Enumerable.Range(0, senders).Select(i => ("snd" + i, true))
            .Concat(Enumerable.Range(0, recipients).Select(k => ("rcv" + k, false)));
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (person, ct) =>
        {
            var (name, funded) = person;
            await ExpectOkAsync(admin.PostAsync(new Uri("/api/chat/messages", UriKind.Relative),
                Json($$"""{"from":"{{name}}","text":"#balance","messageId":"seed-{{name}}"}"""), ct), name);
            await ExpectOkAsync(admin.PutAsync(new Uri($"/api/admin/accounts/{name}/tier", UriKind.Relative),
                Json("""{"tier":"Verified"}"""), ct), name);
            if (funded)
            {
                await ExpectOkAsync(admin.PostAsync(new Uri($"/api/admin/accounts/{name}/topups", UriKind.Relative),
                    Json($$"""{"minor":{{SenderFunding}},"currency":"EUR","idempotencyKey":"seed-{{name}}"}"""), ct), name);
            }
        });
    }

    /// <summary>The ledger's own check, then every balance against the transfers this run saw completed.</summary>
    private static async Task<List<string>> CheckMoneyAsync(Server server, long iterations, long[] sent, long[] received)
    {
        var problems = new List<string>();
        using var admin = server.Client();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        using var checkResponse = await admin.GetAsync(new Uri("/api/admin/ledger/check", UriKind.Relative));
        var check = await checkResponse.Content.ReadAsStringAsync();
        using (var document = JsonDocument.Parse(check))
        {
            if (!document.RootElement.GetProperty("ok").GetBoolean())
            {
                problems.Add("ledger check: " + check);
            }
        }
        var senderBalances = new long[sent.Length];
        var recipientBalances = new long[received.Length];
        var accounts = Enumerable.Range(0, sent.Length).Select(i => ("snd" + i, senderBalances, i))
            .Concat(Enumerable.Range(0, received.Length).Select(k => ("rcv" + k, recipientBalances, k)));
        await Parallel.ForEachAsync(accounts, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (account, ct) =>
        {
            var (name, balances, index) = account;
            using var document = JsonDocument.Parse(
                await admin.GetStringAsync(new Uri($"/api/admin/accounts/{name}", UriKind.Relative), ct));
            balances[index] = document.RootElement.GetProperty("balances").EnumerateArray()
                .Where(b => b.GetProperty("currency").GetString() == "EUR").Sum(b => b.GetProperty("minor").GetInt64());
        });
        var wrong = Enumerable.Range(0, sent.Length).Count(i => senderBalances[i] != SenderFunding - sent[i] * AmountMinor)
            + Enumerable.Range(0, received.Length).Count(k => recipientBalances[k] != received[k] * AmountMinor);
        var movedOut = sent.Length * SenderFunding - senderBalances.Sum();
        var movedIn = recipientBalances.Sum();
        var expected = iterations * AmountMinor;
        Console.WriteLine($"  checks: {check}; moved {movedIn / 100m:N2} EUR into the recipients, {movedOut / 100m:N2} EUR out of the "
            + $"senders, {iterations:N0} confirmed transfers × {AmountText} = {expected / 100m:N2} EUR; {wrong} accounts off");
        if (movedIn != expected || movedOut != expected || wrong != 0)
        {
            problems.Add($"money: moved in {movedIn}, out {movedOut}, expected {expected} minor units; {wrong} accounts off");
        }
        return problems;
    }

    /// <summary>
    /// The same iterations handed to the conversation engine in this process (no HTTP, one caller), built as the
    /// service builds it: CPU time and bytes allocated per send+confirm, figures that noise on the machine hardly moves.
    /// </summary>
    private static async Task EngineAsync(int senders, int recipients, int iterations)
    {
        await using var app = BotsHost.Build(["--environment", "Development", "--Conversations:ConfirmAbove=0",
            "--Logging:LogLevel:Default=Warning", "--ConnectionStrings:Redis="]);
        var engine = app.Services.GetRequiredService<ConversationEngine>();
        var wallet = app.Services.GetRequiredService<WalletService>();
        var directory = app.Services.GetRequiredService<IPartyDirectory>();
        static InboundMessage Message(string from, string id, string? text, string? choice) =>
            new(new ChannelIdentity(ChannelIdentity.WebChannel, from), id, text, choice, null, DateTimeOffset.UtcNow, from);
        foreach (var (name, funded) in Enumerable.Range(0, senders).Select(i => ("snd" + i, true))
            .Concat(Enumerable.Range(0, recipients).Select(k => ("rcv" + k, false))))
        {
            await engine.HandleAsync(Message(name, "seed-" + name, "#balance", null));
            var account = (await directory.FindByHandleAsync(name))!.Account;
            await wallet.Store.SetTierAsync(account, IdentityTier.Verified);
            if (funded)
            {
                await wallet.ExecuteAsync(new Funding(new TransferId("seed:" + name), account, new Money(SenderFunding, Currency.Eur)));
            }
        }
        var random = new Random(7);
        var n = 0;
        async Task IterationAsync()
        {
            var from = "snd" + n % senders;
            n++;
            var asked = await engine.HandleAsync(Message(from, $"e{n}s", $"#send {AmountText} @rcv{random.Next(recipients)}", null));
            var choice = asked.SelectMany(r => r.Choices).First(c => c.Value.StartsWith("confirm:", StringComparison.Ordinal)).Value;
            var done = await engine.HandleAsync(Message(from, $"e{n}c", null, choice));
            if (!done[0].Text.StartsWith("Done:", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The engine answered: " + done[0].Text);
            }
        }
        for (var i = 0; i < iterations; i++)
        {
            await IterationAsync();
        }
        var cpu = new List<double>();
        var allocated = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            using var self = Process.GetCurrentProcess();
            var (cpu0, bytes0) = (self.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
            for (var i = 0; i < iterations; i++)
            {
                await IterationAsync();
            }
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpu0).TotalMicroseconds / iterations);
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - bytes0) / 1024.0 / iterations);
        }
        Console.WriteLine($"engine in-process (no HTTP, one caller, {iterations:N0} iterations × 3 after as many to warm up): "
            + $"{Median(cpu):F1} µs CPU and {Median(allocated):F1} KB allocated per send+confirm");
    }

    // ---- the load generator ----

    private static async Task<Phase> MeasureAsync(
        string name, int round, Server server, int connections, int warmup, int duration, Func<int, HttpClient, byte[], Meter, Task> iteration)
    {
        var meter = new Meter(connections, round);
        var clients = Enumerable.Range(0, connections).Select(_ => server.Client(connectionsPerClient: 1)).ToArray();
        try
        {
            var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
            {
                var buffer = new byte[64 * 1024];
                while (!meter.Stopping)
                {
                    try
                    {
                        await iteration(worker, clients[worker], buffer, meter);
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                    {
                        meter.Fail(e.GetType().Name + ": " + e.Message);
                    }
                }
            })).ToArray();
            await Task.Delay(TimeSpan.FromSeconds(warmup));
            var before = Snapshot.Take(server, meter);
            meter.Measuring = true;
            await Task.Delay(TimeSpan.FromSeconds(duration));
            meter.Measuring = false;
            var after = Snapshot.Take(server, meter);
            meter.Stopping = true;
            await Task.WhenAll(workers);
            return meter.Result(name, round, before, after);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private static async Task<(HttpStatusCode Status, int Length)> PostAsync(
        HttpClient client, string path, string body, bool telegram, byte[] buffer, Meter meter, int worker)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        if (telegram)
        {
            request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", Secret);
        }
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(length))) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                throw new IOException("The reply does not fit the buffer.");
            }
        }
        meter.Request(worker, Stopwatch.GetTimestamp() - started);
        return (response.StatusCode, length);
    }

    private static ByteArrayContent Json(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    /// <summary>The value of the reply's Confirm button (<c>confirm:1a2b3c4d</c>), or null.</summary>
    private static string? ConfirmChoice(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("value"u8) && reader.Read()
                && reader.TokenType == JsonTokenType.String && reader.GetString() is { } value && value.StartsWith("confirm:", StringComparison.Ordinal))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>Whether the first reply's text starts with the given ASCII prefix.</summary>
    private static bool FirstTextStartsWith(ReadOnlySpan<byte> json, ReadOnlySpan<byte> prefix)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("text"u8))
            {
                return reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueSpan.StartsWith(prefix);
            }
        }
        return false;
    }

    private static async Task ExpectOkAsync(Task<HttpResponseMessage> call, string who)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Seeding {who}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<bool> BaselineReadyAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram") { Content = Json("{}") };
        request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", "wrong");
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Unauthorized;
    }

    private static async Task<bool> ServiceReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK;
    }

    // ---- the baseline's build ----

    /// <summary>
    /// The yardstick's Release build if it has one, else a Release build of a copy of its sources in a temporary
    /// folder (the shared folder is read-only), rebuilt when the sources are newer.
    /// </summary>
    private static async Task<string> BaselineDllAsync(string benchDir)
    {
        var source = Path.Combine(benchDir, "baseline-dotnet");
        var shipped = Path.Combine(source, "bin", "Release", "net10.0", "BaselineDotnet.dll");
        if (File.Exists(shipped))
        {
            return shipped;
        }
        if (!File.Exists(Path.Combine(source, "BaselineDotnet.csproj")))
        {
            throw new FileNotFoundException($"No bench/baseline-dotnet at {source}: pass --bench-dir or --baseline-dll.");
        }
        var copy = Path.Combine(Path.GetTempPath(), "conversational-chat-load", "baseline-dotnet");
        var dll = Path.Combine(copy, "bin", "Release", "net10.0", "BaselineDotnet.dll");
        var files = BaselineFiles.Select(f => Path.Combine(source, f)).Where(File.Exists).ToList();
        if (File.Exists(dll) && files.All(f => File.GetLastWriteTimeUtc(f) < File.GetLastWriteTimeUtc(dll)))
        {
            return dll;
        }
        Directory.CreateDirectory(copy);
        foreach (var file in files)
        {
            var target = Path.Combine(copy, Path.GetFileName(file));
            File.Delete(target);
            File.Copy(file, target);
            File.SetAttributes(target, FileAttributes.Normal); // the shared copy is read-only
        }
        Console.WriteLine($"building the baseline (Release) in {copy}");
        using var build = Process.Start(new ProcessStartInfo("dotnet") { ArgumentList = { "build", "-c", "Release", "--nologo", "-v", "q", copy } })!;
        await build.WaitForExitAsync();
        return build.ExitCode == 0 && File.Exists(dll) ? dll : throw new InvalidOperationException("The baseline did not build.");
    }

    // ---- processes and machine ----

    /// <summary>A server process on a free loopback port, stopped (by its pid) when disposed.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Queue<string> _output = new();

        private Server(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<Server> StartAsync(
            string name, string dll, Dictionary<string, string?> environment, Func<HttpClient, Task<bool>> ready)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { dll, "--urls", address.ToString().TrimEnd('/') },
                WorkingDirectory = Path.GetDirectoryName(dll),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var (key, value) in environment)
            {
                if (value is null)
                {
                    start.Environment.Remove(key);
                }
                else
                {
                    start.Environment[key] = value;
                }
            }
            var server = new Server(Process.Start(start)!, address);
            Console.WriteLine($"  {name}: pid {server._process.Id} on {address}");
            server._process.OutputDataReceived += (_, e) => server.Keep(e.Data);
            server._process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
            server._process.BeginOutputReadLine();
            server._process.BeginErrorReadLine();
            using var client = server.Client();
            client.Timeout = TimeSpan.FromSeconds(2);
            for (var attempt = 0; attempt < 300; attempt++)
            {
                if (server._process.HasExited)
                {
                    break;
                }
                try
                {
                    if (await ready(client))
                    {
                        return server;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // not listening yet
                }
                await Task.Delay(100);
            }
            await server.DisposeAsync();
            throw new InvalidOperationException($"The {name} did not come up:\n{string.Join('\n', server._output)}");
        }

        public TimeSpan Cpu
        {
            get
            {
                _process.Refresh();
                return _process.TotalProcessorTime;
            }
        }

        public HttpClient Client(int connectionsPerClient = 16) => new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connectionsPerClient,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        { BaseAddress = Address };

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }

        private void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_output)
            {
                _output.Enqueue(line);
                if (_output.Count > 40)
                {
                    _output.Dequeue();
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }

    /// <summary>Waits up to <paramref name="seconds"/> for a second in which the machine is less than 0.3 cores busy.</summary>
    private static async Task WaitQuietAsync(int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            var a = CpuTicks.Read();
            await Task.Delay(1000);
            var b = CpuTicks.Read();
            var cores = (double)(b.Busy - a.Busy) / (b.Total - a.Total) * Environment.ProcessorCount;
            if (cores < 0.3)
            {
                return;
            }
        }
        Console.WriteLine($"  (machine still busy after {seconds} s, measuring anyway; see \"other CPU\")");
    }

    /// <summary>All CPUs' ticks from /proc/stat: busy (user, nice, system, irq, softirq, steal) and total.</summary>
    private readonly record struct CpuTicks(long Busy, long Total)
    {
        public static CpuTicks Read()
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            // user nice system idle iowait irq softirq steal (guest time is already in user)
            return new CpuTicks(fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7], fields.Take(8).Sum());
        }
    }

    private readonly record struct Snapshot(long Timestamp, long Requests, long Iterations, TimeSpan ServerCpu, TimeSpan ClientCpu, CpuTicks Machine)
    {
        public static Snapshot Take(Server server, Meter meter)
        {
            using var self = Process.GetCurrentProcess();
            return new Snapshot(Stopwatch.GetTimestamp(), meter.Requests, meter.Iterations, server.Cpu, self.TotalProcessorTime, CpuTicks.Read());
        }
    }

    /// <summary>Counts requests, iterations and failures, and the latencies of the measured window.</summary>
    private sealed class Meter(int workers, int seed)
    {
        private readonly List<long>[] _latencies = [.. Enumerable.Range(0, workers).Select(_ => new List<long>(1 << 16))];
        private readonly Random[] _random = [.. Enumerable.Range(0, workers).Select(w => new Random(seed * 1000 + w))];
        private readonly List<string> _failures = [];
        private long _requests;
        private long _iterations;
        private long _failed;

        public volatile bool Measuring;
        public volatile bool Stopping;

        public long Requests => Interlocked.Read(ref _requests);

        public long Iterations => Interlocked.Read(ref _iterations);

        public Random RandomOf(int worker) => _random[worker];

        public void Request(int worker, long ticks)
        {
            Interlocked.Increment(ref _requests);
            if (Measuring)
            {
                _latencies[worker].Add(ticks);
            }
        }

        public void Iteration() => Interlocked.Increment(ref _iterations);

        public void Fail(string what)
        {
            lock (_failures)
            {
                if (_failures.Count < 5)
                {
                    _failures.Add(what);
                }
            }
            if (Interlocked.Increment(ref _failed) > 1000)
            {
                Stopping = true;
            }
        }

        public Phase Result(string name, int round, Snapshot before, Snapshot after)
        {
            var seconds = Stopwatch.GetElapsedTime(before.Timestamp, after.Timestamp).TotalSeconds;
            var requests = after.Requests - before.Requests;
            var server = (after.ServerCpu - before.ServerCpu).TotalSeconds;
            var client = (after.ClientCpu - before.ClientCpu).TotalSeconds;
            var ticks = (after.Machine.Total - before.Machine.Total) / (seconds * Environment.ProcessorCount);
            var busy = (after.Machine.Busy - before.Machine.Busy) / ticks;
            var latencies = _latencies.SelectMany(l => l).Order().ToArray();
            double Percentile(double p) => latencies.Length == 0 ? double.NaN
                : Stopwatch.GetElapsedTime(0, latencies[(int)Math.Min(latencies.Length - 1, p * latencies.Length)]).TotalMilliseconds;
            List<string> problems = Interlocked.Read(ref _failed) is var failed and > 0
                ? [$"{name}: {failed} failed requests, e.g. {string.Join(" | ", _failures)}"]
                : [];
            return new Phase(name, round, requests / seconds, (after.Iterations - before.Iterations) / seconds,
                Percentile(0.5), Percentile(0.99), server * 1e6 / requests, client * 1e6 / requests,
                Math.Max(0, busy - server - client), seconds, Iterations, problems);
        }
    }

    private sealed record Phase(
        string Name, int Round, double RequestsPerSecond, double IterationsPerSecond, double P50Ms, double P99Ms,
        double ServerCpuMicros, double ClientCpuMicros, double OtherCpuSeconds, double Seconds, long AllIterations,
        IReadOnlyList<string> Problems)
    {
        public string Describe() =>
            $"round {Round} {Name,-8}: {RequestsPerSecond,8:N0} req/s"
            + (Name == "service" ? $" ({IterationsPerSecond:N0} send+confirm/s)" : "")
            + $", p50 {P50Ms:F2} ms, p99 {P99Ms:F2} ms, server CPU {ServerCpuMicros:F1} µs/req, "
            + $"client CPU {ClientCpuMicros:F1} µs/req, other CPU {OtherCpuSeconds:F1} s of {Seconds * Environment.ProcessorCount:F0}";
    }

    private static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conversational.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? TextOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static double Median(IEnumerable<Phase> phases, Func<Phase, double> value) => Median([.. phases.Select(value)]);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
