package io.pdgitops.service.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdgitops.service.ConfigRepoProfile;
import io.pdgitops.state.WriterLock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A running service with the file store holds its data folder: a second writer there is turned away. */
@QuarkusTest
@TestProfile(ConfigRepoProfile.class)
class DataFolderLockTest {

    @Inject
    ServiceConfig config;

    @Test
    void theRunningServiceHoldsItsDataFolderAndNamesItselfToASecondOne() {
        given().get("/api/v1/status").then().statusCode(200);
        Path lockFile = config.dataDir().resolve(StateStoreFactory.DATA_FOLDER_LOCK);

        assertThatThrownBy(() -> WriterLock.acquire(lockFile, "the data folder " + config.dataDir()))
                .isInstanceOf(WriterLock.HeldException.class)
                .hasMessageContaining("the data folder " + config.dataDir() + " is in use by another pd-gitops")
                .hasMessageContaining("pid " + ProcessHandle.current().pid() + " on ")
                .hasMessageContaining(lockFile.toString());
    }
}
