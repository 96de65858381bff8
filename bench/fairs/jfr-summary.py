#!/usr/bin/env python3
"""Where the app's CPU goes during a phase: summary of a Java Flight Recorder file of the app
(run.sh with BENCH_JFR=N records an HTTP phase at N devices). Samples of sign-ins (bcrypt) are left
out. Usage: bench/fairs/jfr-summary.py target/bench-fairs/profile.jfr"""
import collections, re, subprocess, sys

text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "512", sys.argv[1]],
                      capture_output=True, text=True, check=True).stdout
stacks = [s for s in text.split("jdk.ExecutionSample")[1:] if "BCrypt" not in s]
cats = [
 ("pgjdbc driver", r"org\.postgresql\."),
 ("Hikari pool", r"com\.zaxxer\."),
 ("JSON (Jackson)", r"jackson"),
 ("bean validation", r"hibernate\.validator|jakarta\.validation"),
 ("session (de)serialisation", r"ObjectInputStream|ObjectOutputStream|DeserializingConverter|SerializingConverter"),
 ("Spring Session JDBC", r"org\.springframework\.session\."),
 ("Micrometer observation", r"io\.micrometer\."),
 ("Spring Security", r"org\.springframework\.security\."),
 ("JdbcClient / JdbcTemplate", r"org\.springframework\.jdbc\."),
 ("transactions", r"org\.springframework\.transaction\."),
 ("app code (ma.tadamon)", r"ma\.tadamon\."),
 ("Spring MVC / web", r"org\.springframework\.web\.|org\.springframework\.http\."),
 ("Spring core/AOP/context", r"org\.springframework\."),
 ("Tomcat", r"org\.apache\.(catalina|coyote|tomcat)"),
 ("network I/O (NIO)", r"sun\.nio|java\.net\.|sun\.net"),
]
counts = collections.Counter(); whole = collections.Counter(); n = 0
marks = {"inside OfflineSales.record": r"OfflineSales\.record", "inside StallDevices.sync": r"StallDevices\.sync",
         "inside StallDevices.authenticate": r"StallDevices\.authenticate", "inside PosApi.sync (controller)": r"PosApi\.sync",
         "inside Security filters (FilterChainProxy) but not DispatcherServlet": r"^(?!.*DispatcherServlet).*FilterChainProxy",
         "inside DispatcherServlet": r"DispatcherServlet", "inside Jackson": r"jackson",
         "inside Jackson response writing": r"JacksonJsonHttpMessageConverter.write|writeInternal",
         "inside request body reading": r"readWithMessageConverters", "inside bean validation": r"hibernate\.validator",
         "inside Observation wrappers": r"ObservationFilterChainDecorator|ServerHttpObservationFilter",
         "inside pgjdbc": r"org\.postgresql", "inside Micrometer observations": r"io\.micrometer",
         "inside Products.sellable": r"Products\.sellable", "inside Actors.findAll": r"Actors\.findAll",
         "inside SalesLedger.hash (SHA-256 of each sale)": r"SalesLedger\.hash", "inside event publishing": r"publishEvent",
         "inside OfflineSales.insertHeads": r"OfflineSales\.insertHeads", "inside OfflineSales.insertLinesAndStock": r"OfflineSales\.insertLinesAndStock"}
for line in stacks:
    frames = re.findall(r"([\w$.]+\.[\w$<>]+)\(", line)
    if not frames: continue
    n += 1
    for f in frames:
        hit = next((c for c, p in cats if re.search(p, f)), None)
        if hit: counts[hit] += 1; break
    else:
        counts["other (JDK only)"] += 1
    for k, p in marks.items():
        if re.search(p, line): whole[k] += 1
print(f"{n} samples; self time by the innermost library on the stack:")
for k, v in counts.most_common(): print(f"  {100*v/n:5.1f} %  {k}")
print("inclusive (stack contains):")
for k, v in whole.most_common(): print(f"  {100*v/n:5.1f} %  {k}")
