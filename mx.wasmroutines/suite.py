# The same projects as the Maven build, described for GraalVM's mx. The Maven build is the real
# one; SuiteConsistencyTest keeps this file in step with the poms (modules, dirs, GraalVM version).
suite = {
    "mxversion": "7.0.0",
    "name": "wasmroutines",
    "version": "0.1.0",
    "release": False,
    "groupId": "org.wasmroutines",
    "url": "https://github.com/wasmroutines/wasmroutines",

    "imports": {
        "suites": [
            {
                "name": "truffle",
                "subdir": True,
                "version": "vm-25.0.1",
                "urls": [{"url": "https://github.com/oracle/graal", "kind": "git"}],
            },
        ],
    },

    "libraries": {
        "JUNIT_JUPITER": {
            "moduleName": "org.junit.jupiter.api",
            "maven": {"groupId": "org.junit.jupiter", "artifactId": "junit-jupiter", "version": "5.14.1"},
        },
        "JMH_CORE": {
            "maven": {"groupId": "org.openjdk.jmh", "artifactId": "jmh-core", "version": "1.37"},
        },
    },

    "projects": {
        "org.wasmroutines.language": {
            "dir": "language",
            "sourceDirs": ["src/main/java"],
            "dependencies": ["truffle:TRUFFLE_API", "sdk:POLYGLOT"],
            "annotationProcessors": ["truffle:TRUFFLE_DSL_PROCESSOR"],
            "javaCompliance": "25+",
            "workingSets": "Wasmroutines",
        },
        "org.wasmroutines.launcher": {
            "dir": "launcher",
            "sourceDirs": ["src/main/java"],
            "dependencies": ["sdk:POLYGLOT"],
            "javaCompliance": "25+",
            "workingSets": "Wasmroutines",
        },
        "org.wasmroutines.tests": {
            "dir": "tests",
            "sourceDirs": ["src/test/java"],
            "dependencies": ["org.wasmroutines.language", "org.wasmroutines.launcher", "JUNIT_JUPITER"],
            "javaCompliance": "25+",
            "testProject": True,
            "workingSets": "Wasmroutines",
        },
        "org.wasmroutines.benchmarks": {
            "dir": "benchmarks",
            "sourceDirs": ["src/main/java"],
            "dependencies": ["org.wasmroutines.language", "JMH_CORE"],
            "annotationProcessors": ["mx:JMH_1_21"],
            "javaCompliance": "25+",
            "workingSets": "Wasmroutines",
        },
    },

    "distributions": {
        "WASMROUTINES": {
            "dependencies": ["org.wasmroutines.language"],
            "distDependencies": ["truffle:TRUFFLE_API"],
            "maven": {"artifactId": "wasmroutines-language", "tag": ["default", "public"]},
        },
        "WASMROUTINES_LAUNCHER": {
            "dependencies": ["org.wasmroutines.launcher"],
            "distDependencies": ["sdk:POLYGLOT"],
            "maven": {"artifactId": "wasmroutines-launcher"},
        },
    },
}
