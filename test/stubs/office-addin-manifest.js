// office-addin-mock pulls in office-addin-manifest, whose ESM dependency jest 30 cannot load on Node 20.
// The mock never needs the manifest, so an empty module stands in for it in tests.
module.exports = {};
