package io.pdgitops.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterLockTest {

    @TempDir
    Path temp;

    @Test
    void aSecondWriterIsTurnedAwayNamingTheFirstAndTheFileItGuards() throws IOException {
        Path state = temp.resolve("sandbox.json");
        try (WriterLock first = WriterLock.beside(state, "the sandbox state " + state)) {
            assertThatThrownBy(() -> WriterLock.beside(state, "the sandbox state " + state))
                    .isInstanceOf(WriterLock.HeldException.class)
                    .hasMessageContaining("the sandbox state " + state + " is in use")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid())
                    .hasMessageContaining(temp.resolve("sandbox.json.lock").toString());
        }
        try (WriterLock again = WriterLock.beside(state, "the sandbox state " + state)) {
            assertThat(Files.readString(temp.resolve("sandbox.json.lock")))
                    .as("the new holder's details replace the old one's")
                    .startsWith("pid " + ProcessHandle.current().pid() + " on ");
        }
    }

    @Test
    void anotherProcessHoldingTheLockKeepsThisOneOutUntilItIsKilled() throws Exception {
        Path lockFile = temp.resolve("data").resolve("serve.lock");
        try (LockHoldingProcess holder = LockHoldingProcess.start(lockFile)) {
            assertThatThrownBy(() -> WriterLock.acquire(lockFile, "the data folder"))
                    .isInstanceOf(WriterLock.HeldException.class)
                    .hasMessageContaining("pid " + holder.pid() + " on ")
                    .hasMessageContaining("started ");
            holder.kill();
        }
        // kill -9 released it: the operating system drops a dead process's locks, no stale file blocks us
        try (WriterLock mine = WriterLock.acquire(lockFile, "the data folder")) {
            assertThat(Files.readString(lockFile)).contains("pid " + ProcessHandle.current().pid());
        }
    }
}
